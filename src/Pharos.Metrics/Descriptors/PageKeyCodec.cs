using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Pharos.Metrics.Descriptors;

/// <summary>
/// nextPageKey carries the original query and the offset, so a follow-up request needs nothing else (as
/// the API requires). It is base64url text: <c>v1</c>, offset, page size, selector, text, fields, writtenSince.
/// </summary>
internal static class PageKeyCodec
{
    private const char Separator = '\u001f';

    public static string Encode(int offset, int pageSize, MetricDescriptorListRequest request) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator,
            "v1",
            offset.ToString(CultureInfo.InvariantCulture),
            pageSize.ToString(CultureInfo.InvariantCulture),
            request.MetricSelector ?? "\0",
            request.Text ?? "\0",
            request.Fields ?? "\0",
            request.WrittenSince ?? "\0")));

    public static (int Offset, MetricDescriptorListRequest Request)? Decode(string key)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(key);
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split(Separator);
        if (parts.Length != 7 || parts[0] != "v1"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        return (offset, new MetricDescriptorListRequest
        {
            PageSize = parts[2],
            MetricSelector = Nullable(parts[3]),
            Text = Nullable(parts[4]),
            Fields = Nullable(parts[5]),
            WrittenSince = Nullable(parts[6]),
        });
    }

    private static string? Nullable(string part) => part == "\0" ? null : part;
}
