using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// SLO ranges. Availability and error rate are percentages: availability in (0, 100), error rate in
/// (0, 100). A value like 0.999 for availability is almost certainly a ratio written by mistake.
/// </summary>
internal static class SloValidator
{
    public static void Check(ResolvedSlos slos, IDiagnosticSink sink)
    {
        if (slos.AvailabilityPercent is { } a && a.Value is <= 0 or >= 100)
        {
            sink.Add(CatalogDiagnostics.SloOutOfRange(a.Source.Location, "availability", a.Value,
                "(0, 100): it is a percentage, e.g. 99.9 for three nines; 100 leaves no error budget"));
        }
        else if (slos.AvailabilityPercent is { } small && small.Value < 1)
        {
            sink.Add(CatalogDiagnostics.SloOutOfRange(small.Source.Location, "availability", small.Value,
                $"the plausible range: it is a percentage, so write {small.Value * 100:0.###} rather than the ratio {small.Value}"));
        }

        if (slos.ErrorRatePercent is { } e && e.Value is <= 0 or >= 100)
        {
            sink.Add(CatalogDiagnostics.SloOutOfRange(e.Source.Location, "errorRate", e.Value, "(0, 100): it is a percentage of failed requests, e.g. 0.1 for 0.1 %"));
        }

        foreach (var latency in new[] { slos.LatencyP95Ms, slos.LatencyP99Ms })
        {
            if (latency is { } l && l.Value <= 0)
            {
                sink.Add(CatalogDiagnostics.SloOutOfRange(l.Source.Location, "latency", l.Value, "(0, ∞) milliseconds"));
            }
        }

        if (slos.LatencyP95Ms is { } p95 && slos.LatencyP99Ms is { } p99 && p99.Value < p95.Value)
        {
            sink.Add(CatalogDiagnostics.LatencyOrder(p99.Source.Location, p95.Value, p99.Value));
        }
    }
}
