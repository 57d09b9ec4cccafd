using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Http;

/// <summary>Reads query parameters and records a QUERY constraint violation for every bad one.</summary>
public static class QueryParameters
{
    public static string? Get(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    /// <summary>Comma-separated values, trimmed, empty entries dropped; repeated parameters are merged.</summary>
    public static IReadOnlyList<string> GetList(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.TryGetValue(name, out var values))
        {
            return [];
        }

        return values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static bool GetBool(HttpRequest request, string name, bool defaultValue, ICollection<ConstraintViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = Get(request, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        violations.Add(ConstraintViolation.InQuery(name, $"'{text}' is not a boolean. Use true or false."));
        return defaultValue;
    }

    public static int GetInt(HttpRequest request, string name, int defaultValue, int min, int max, ICollection<ConstraintViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = Get(request, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        violations.Add(ConstraintViolation.InQuery(name, $"'{text}' is not an integer from {min} to {max}."));
        return defaultValue;
    }

    /// <summary>
    /// When <c>nextPageKey</c> is present it must come alone (except the <paramref name="allowedWithKey"/>):
    /// returns the violation to answer with, or null.
    /// </summary>
    public static ConstraintViolation? CheckNextPageKeyAlone(HttpRequest request, params string[] allowedWithKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var others = request.Query.Keys
            .Where(k => !string.Equals(k, "nextPageKey", StringComparison.OrdinalIgnoreCase)
                        && !allowedWithKey.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return others.Count == 0
            ? null
            : ConstraintViolation.InQuery("nextPageKey", $"{ApiMessages.NextPageKeyAlone} Also sent: {string.Join(", ", others)}.");
    }
}
