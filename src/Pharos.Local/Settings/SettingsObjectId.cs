using System.Buffers.Binary;
using System.Text;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>
/// Mints object ids the way Dynatrace does: base64url (no padding) of the magic <c>BE EF 54 DE 15 DA DE AD</c>,
/// version <c>00 00 00 01</c>, then u16-length-prefixed schemaId, scope type, scope id and a UUID, then the
/// magic again. Clients must treat ids as opaque; the format only makes ids look and decode like real ones.
/// </summary>
internal static class SettingsObjectId
{
    private static ReadOnlySpan<byte> Magic => [0xBE, 0xEF, 0x54, 0xDE, 0x15, 0xDA, 0xDE, 0xAD];
    private static ReadOnlySpan<byte> Version => [0x00, 0x00, 0x00, 0x01];

    public static string Mint(string schemaId, SettingsScope scope, Guid uuid)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        buffer.Write(Version);
        WriteString(buffer, schemaId);
        WriteString(buffer, scope.IdType);
        WriteString(buffer, scope.IdValue);
        WriteString(buffer, uuid.ToString("D"));
        buffer.Write(Magic);
        return Base64Url.Encode(buffer.ToArray());
    }

    /// <summary>Decodes an id minted in this format; false for anything else (never throws).</summary>
    public static bool TryDecode(string objectId, out string schemaId, out string scopeType, out string scopeId)
    {
        schemaId = scopeType = scopeId = "";
        if (string.IsNullOrEmpty(objectId) || objectId.Length > 4096 || !Base64Url.TryDecode(objectId, out var bytes))
        {
            return false;
        }

        var span = bytes.AsSpan();
        if (span.Length < 12 || !span[..8].SequenceEqual(Magic) || !span[8..12].SequenceEqual(Version))
        {
            return false;
        }

        span = span[12..];
        return TryReadString(ref span, out schemaId)
            && TryReadString(ref span, out scopeType)
            && TryReadString(ref span, out scopeId)
            && TryReadString(ref span, out _);
    }

    private static void WriteString(MemoryStream buffer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, checked((ushort)bytes.Length));
        buffer.Write(length);
        buffer.Write(bytes);
    }

    private static bool TryReadString(ref Span<byte> span, out string text)
    {
        text = "";
        if (span.Length < 2)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(span);
        if (span.Length < 2 + length)
        {
            return false;
        }

        text = Encoding.UTF8.GetString(span.Slice(2, length));
        span = span[(2 + length)..];
        return true;
    }
}
