namespace Pharos.Metrics.Ingest;

/// <summary>
/// Dimension keys under the reserved <c>dt.</c> prefix that clients may still send: entity
/// relations (<c>dt.entity.&lt;type&gt;</c>) and the few keys Dynatrace's own clients and docs write.
/// </summary>
internal static class ReservedDimensions
{
    public const string AllowedExactList = "dt.metrics.source, dt.security_context, dt.cost.costcenter, dt.cost.product";

    public static bool IsReserved(ReadOnlySpan<byte> key) => key.StartsWith("dt."u8);

    public static bool IsAllowed(ReadOnlySpan<byte> key)
    {
        if (key.StartsWith("dt.entity."u8))
        {
            return key.Length > "dt.entity."u8.Length;
        }

        return key.SequenceEqual("dt.metrics.source"u8)
            || key.SequenceEqual("dt.security_context"u8)
            || key.SequenceEqual("dt.cost.costcenter"u8)
            || key.SequenceEqual("dt.cost.product"u8);
    }
}
