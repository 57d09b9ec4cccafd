namespace Pharos.Settings.Validation;

/// <summary>
/// Recognises the values a <c>setting</c> property accepts: an objectId (URL-safe or standard
/// base64 of at least 16 bytes; real ids are ~80 bytes and start with BE EF 54 DE 15 DA DE AD)
/// or a UUID (the schemas' own defaults use <c>00000000-0000-0000-0000-000000000000</c>).
/// Anything else, e.g. a name such as <c>extension.opentelemetry-metrics</c>, is what Dynatrace
/// rejects with "Must be of type setting".
/// </summary>
internal static class SettingReference
{
    private const int MinimumDecodedBytes = 16;

    public static bool IsWellFormed(string value)
    {
        if (Guid.TryParseExact(value, "D", out _))
        {
            return true;
        }

        var trimmed = value.TrimEnd('=');
        if (trimmed.Length == 0 || trimmed.Length % 4 == 1 || value.Length - trimmed.Length > 2)
        {
            return false;
        }

        var chars = new char[trimmed.Length + ((4 - (trimmed.Length % 4)) % 4)];
        for (var i = 0; i < chars.Length; i++)
        {
            if (i >= trimmed.Length)
            {
                chars[i] = '=';
                continue;
            }

            var c = trimmed[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '+' or '/'))
            {
                return false;
            }

            chars[i] = c switch { '-' => '+', '_' => '/', _ => c };
        }

        var bytes = new byte[chars.Length / 4 * 3];
        return Convert.TryFromBase64Chars(chars, bytes, out var written) && written >= MinimumDecodedBytes;
    }
}
