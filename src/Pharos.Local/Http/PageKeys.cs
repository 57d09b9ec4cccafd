using System.Text.Json;

namespace Pharos.Local.Http;

/// <summary>
/// Opaque <c>nextPageKey</c>s: base64url of a JSON snapshot of the query plus the offset of the next page,
/// so a key alone reproduces the query. Decoding never throws; a foreign or damaged key decodes to null.
/// </summary>
internal static class PageKeys
{
    public static string Encode<T>(T state) => Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(state, ApiJson.Options));

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
