namespace Pharos.Metrics.Ingest;

/// <summary>
/// Where one parsed dimension lives: the key always in the line, the value in the line or (when it
/// had escapes) in the parser's scratch buffer.
/// </summary>
internal struct DimensionSlot
{
    public int KeyStart;
    public int KeyLength;
    public int ValueStart;
    public int ValueLength;
    public bool ValueInScratch;
}
