using System.Collections.Immutable;
using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Deployments;

/// <summary>
/// Dynatrace's documented limits for <c>POST /api/v2/events/ingest</c>, checked before sending so a
/// bad event fails in CI with a precise message instead of being dropped or half-accepted.
/// </summary>
public static class EventLimits
{
    public const int MaxProperties = 100;
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 4096;
    public const int MaxEntitySelectorLength = 2000;

    /// <summary>Info events (CUSTOM_DEPLOYMENT among them) may start up to 30 days back and 7 days ahead.</summary>
    public static readonly TimeSpan InfoEventMaxPast = TimeSpan.FromDays(30);
    public static readonly TimeSpan InfoEventMaxFuture = TimeSpan.FromDays(7);

    private static readonly ImmutableArray<string> AllowedReservedPrefixes = ["dt.event.", "dt.davis.", "dt.entity."];

    /// <summary>Reports every violation; returns true when there is none.</summary>
    public static bool Validate(EventIngestRequest request, DateTimeOffset now, IDiagnosticSink diagnostics)
    {
        var valid = true;
        void Report(Diagnostic diagnostic)
        {
            diagnostics.Add(diagnostic);
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(request.EntitySelector))
        {
            Report(GateDiagnostics.EmptyEntitySelector());
        }
        else if (request.EntitySelector.Length > MaxEntitySelectorLength)
        {
            Report(GateDiagnostics.EntitySelectorTooLong(request.EntitySelector.Length, MaxEntitySelectorLength));
        }

        if (request.Properties.Count > MaxProperties)
        {
            Report(GateDiagnostics.TooManyProperties(request.Properties.Count, MaxProperties));
        }

        foreach (var (key, value) in request.Properties)
        {
            if (key.Length == 0)
            {
                Report(GateDiagnostics.EmptyPropertyKey());
                continue;
            }

            if (key.Length > MaxKeyLength)
            {
                Report(GateDiagnostics.PropertyKeyTooLong(key, MaxKeyLength));
            }
            else if (IsDisallowedReserved(key))
            {
                Report(GateDiagnostics.ReservedPropertyKey(key));
            }

            if (value.Length > MaxValueLength)
            {
                Report(GateDiagnostics.PropertyValueTooLong(key, value.Length, MaxValueLength));
            }
        }

        if (request.StartTime is { } start)
        {
            if (start < now - InfoEventMaxPast)
            {
                Report(GateDiagnostics.StartTimeTooOld(start, InfoEventMaxPast));
            }
            else if (start > now + InfoEventMaxFuture)
            {
                Report(GateDiagnostics.StartTimeInFuture(start, InfoEventMaxFuture));
            }
        }

        return valid;
    }

    private static bool IsDisallowedReserved(string key) =>
        key.StartsWith("dt.", StringComparison.Ordinal)
        && !AllowedReservedPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
