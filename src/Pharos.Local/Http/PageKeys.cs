using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Http;

/// <summary>
/// Opaque <c>nextPageKey</c>s: base64url of a JSON snapshot of the query plus the offset of the next page,
/// so a key alone reproduces the query. Decoding never throws; a foreign or damaged key decodes to null.
/// </summary>
internal static class PageKeys
{
    public static string Encode<T>(T state) => Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(state, ApiJson.Options));

    /// <summary>
    /// Reads the <c>nextPageKey</c> parameter of a list request: it must come alone (but for
    /// <paramref name="allowedAlongside"/>) and decode to a valid state. Returns false when the request
    /// has no key; otherwise true, with the state, or with null after adding the violation.
    /// </summary>
    public static bool TryReadNextPage<T>(
        HttpRequest request, Func<T, bool> isValid, List<ConstraintViolation> violations, out T? state, params string[] allowedAlongside)
        where T : class
    {
        state = null;
        var key = QueryParameters.Get(request, "nextPageKey");
        if (key is null)
        {
            return false;
        }

        if (QueryParameters.CheckNextPageKeyAlone(request, allowedAlongside) is { } alone)
        {
            violations.Add(alone);
            return true;
        }

        state = TryDecode<T>(key);
        if (state is null || !isValid(state))
        {
            state = null;
            violations.Add(ConstraintViolation.InQuery("nextPageKey", ApiMessages.NextPageKeyInvalid));
        }

        return true;
    }

    public static T? TryDecode<T>(string key)
        where T : class
    {
        if (key.Length > 16_384 || !Base64Url.TryDecode(key, out var bytes))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
