using System.Security.Cryptography;

namespace Pharos.Local.Auth;

/// <summary>
/// Dynatrace token text: <c>dt0c01.&lt;24 × [A-Z0-9]&gt;.&lt;64 × [A-Z0-9]&gt;</c>. The first two parts are the
/// public token id (safe to show and log); the last part is the secret.
/// </summary>
internal static class ApiTokenFormat
{
    public const string Prefix = "dt0c01";
    public const int PublicLength = 24;
    public const int SecretLength = 64;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static (string TokenId, string Secret) Generate()
    {
        var publicPart = RandomNumberGenerator.GetString(Alphabet, PublicLength);
        var secret = RandomNumberGenerator.GetString(Alphabet, SecretLength);
        return ($"{Prefix}.{publicPart}", secret);
    }

    public static string Compose(string tokenId, string secret) => $"{tokenId}.{secret}";

    /// <summary>Splits a presented token; false for anything not shaped like a Dynatrace token.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out string tokenId, out string secret)
    {
        tokenId = "";
        secret = "";
        // dt0 + letter + two digits, '.', 24, '.', 64
        if (token.Length != 6 + 1 + PublicLength + 1 + SecretLength
            || !token.StartsWith("dt0", StringComparison.Ordinal)
            || !char.IsAsciiLetter(token[3]) || !char.IsAsciiDigit(token[4]) || !char.IsAsciiDigit(token[5])
            || token[6] != '.' || token[7 + PublicLength] != '.')
        {
            return false;
        }

        var publicPart = token.Slice(7, PublicLength);
        var secretPart = token.Slice(8 + PublicLength);
        if (!IsAlphabet(publicPart) || !IsAlphabet(secretPart))
        {
            return false;
        }

        tokenId = token[..(7 + PublicLength)].ToString();
        secret = secretPart.ToString();
        return true;
    }

    private static bool IsAlphabet(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
