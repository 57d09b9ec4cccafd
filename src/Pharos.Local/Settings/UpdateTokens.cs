using System.Security.Cryptography;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>A fresh opaque token per modification; comparing tokens detects concurrent changes.</summary>
internal static class UpdateTokens
{
    public static string New() => Base64Url.Encode(RandomNumberGenerator.GetBytes(18));
}
