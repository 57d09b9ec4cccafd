using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// Substitutes <c>{Placeholder}</c>s in a notification template. In JSON mode (a webhook without a non-JSON
/// Content-Type header, as Dynatrace validates it) the template is scanned as JSON: inside a string literal a
/// value is JSON-escaped (a JSON-typed value such as {ProblemDetailsJSON} becomes escaped text), outside one a
/// JSON-typed value is inserted as JSON and text as written (Dynatrace: "{ImpactedEntities} and
/// {ProblemDetailsJSON} are JSON data types and must not have quotes around them"). In text mode (e-mail, or a
/// webhook with another Content-Type) values are inserted as they are. Unknown placeholders stay as written.
/// </summary>
public static class PayloadRenderer
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Render(string template, IReadOnlyDictionary<string, PlaceholderValue> values, bool json)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder(template.Length * 2);
        var inString = false;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && TryPlaceholder(template, i, values, out var name, out var value))
            {
                builder.Append(!json ? value.Text : inString ? Escape(value.Text) : value.Text);
                i += name.Length + 1;
                continue;
            }

            if (json && c == '"' && !IsEscaped(template, i))
            {
                inString = !inString;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is one valid JSON document (the check Dynatrace applies to webhook payloads).</summary>
    public static bool IsValidJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryPlaceholder(string template, int open, IReadOnlyDictionary<string, PlaceholderValue> values, out string name, out PlaceholderValue value)
    {
        var close = template.IndexOf('}', open + 1);
        name = close > open + 1 ? template.Substring(open + 1, close - open - 1) : "";
        if (name.Length > 0 && values.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static string Escape(string text)
    {
        var encoded = JsonEncodedText.Encode(text, Encoder).ToString();
        return encoded;
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
