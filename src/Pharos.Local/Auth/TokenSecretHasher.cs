using System.Security.Cryptography;
using System.Text;

namespace Pharos.Local.Auth;

// Secrets carry ~330 bits of entropy, so a salted HMAC is enough: there is nothing to brute-force,
// and a slow KDF would only add latency to every request.
internal static class TokenSecretHasher
{
    public const int SaltLength = 16;

    public static (byte[] Salt, byte[] Hash) Hash(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        return (salt, Compute(salt, secret));
    }

    public static bool Verify(string secret, byte[] salt, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Compute(salt, secret), expectedHash);

    private static byte[] Compute(byte[] salt, string secret) =>
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(secret));
}
