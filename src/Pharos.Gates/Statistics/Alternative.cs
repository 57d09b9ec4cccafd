namespace Pharos.Gates.Statistics;

/// <summary>The alternative hypothesis about sample x compared with sample y.</summary>
public enum Alternative
{
    TwoSided,

    /// <summary>x tends to be larger than y (a canary whose error rate went up).</summary>
    Greater,

    /// <summary>x tends to be smaller than y.</summary>
    Less,
}
