namespace Pharos.Metrics.Query.Time;

/// <summary>One resolution as requested: a target number of points, a fixed slot length, or Inf (one slot).</summary>
internal abstract record ResolutionSpec
{
    private ResolutionSpec()
    {
    }

    internal sealed record PointCount(int Count) : ResolutionSpec;

    internal sealed record Fixed(long Milliseconds) : ResolutionSpec;

    internal sealed record Infinite : ResolutionSpec;
}

/// <summary>The parsed <c>resolution</c> parameter: a default and, for the <c>0:Inf,1:10</c> form, per-selector overrides.</summary>
internal sealed record ResolutionRequest(ResolutionSpec Default, IReadOnlyDictionary<int, ResolutionSpec> PerSelector)
{
    public ResolutionSpec For(int selectorIndex) => PerSelector.TryGetValue(selectorIndex, out var spec) ? spec : Default;
}
