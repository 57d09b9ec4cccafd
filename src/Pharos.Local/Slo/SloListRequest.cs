using Microsoft.AspNetCore.Http;
using Pharos.Local.Http;

namespace Pharos.Local.Slo;

/// <summary>Reads the query parameters of the SLO endpoints; every bad parameter becomes a QUERY violation.</summary>
internal static class SloListRequest
{
    public static SloListState? Read(HttpRequest request, DateTimeOffset now, List<ConstraintViolation> violations)
    {
        if (PageKeys.TryReadNextPage<SloListState>(request, s => s.IsValid, violations, out var page))
        {
            return page;
        }

        var window = ReadWindow(request, now, violations);
        var evaluate = ReadBool(request, "evaluate", violations);
        var pageSize = QueryParameters.GetInt(request, "pageSize", SloListState.DefaultPageSize, 1, SloListState.MaxPageSize, violations);
        if (evaluate && pageSize > SloListState.MaxEvaluatedPageSize)
        {
            violations.Add(ConstraintViolation.InQuery("pageSize", SloMessages.EvaluatePageSize));
        }

        var sort = Choice(request, "sort", "name", SloListState.Sorts, violations);
        var enabled = Choice(request, "enabledSlos", "all", SloListState.EnabledChoices, violations);
        var demo = ReadBool(request, "demo", violations);
        // There are no global (environment-independent) SLOs locally; the flag is checked and has nothing to add.
        _ = ReadBool(request, "showGlobalSlos", violations);
        return violations.Count > 0
            ? null
            : new SloListState(SloListState.KeyKind, QueryParameters.Get(request, "sloSelector"), window.From.ToUnixTimeMilliseconds(),
                window.To.ToUnixTimeMilliseconds(), sort, window.Mode == SloTimeframeMode.Global ? "GTF" : "CURRENT", evaluate, enabled, demo, pageSize, 0);
    }

    /// <summary><c>from</c> (default now-2w), <c>to</c> (default now) and <c>timeFrame</c> (CURRENT or GTF).</summary>
    public static SloWindow ReadWindow(HttpRequest request, DateTimeOffset now, List<ConstraintViolation> violations)
    {
        var from = Timeframe.Read(request, "from", now, now.AddDays(-14), violations);
        var to = Timeframe.Read(request, "to", now, now, violations);
        if (violations.Count == 0 && from >= to)
        {
            violations.Add(ConstraintViolation.InQuery("from", $"The timeframe is empty: from ({from:O}) must be before to ({to:O})."));
        }

        var mode = Choice(request, "timeFrame", "CURRENT", SloListState.TimeFrames, violations) == "GTF" ? SloTimeframeMode.Global : SloTimeframeMode.Current;
        return new SloWindow(from, to, mode);
    }

    private static bool ReadBool(HttpRequest request, string name, List<ConstraintViolation> violations)
    {
        var value = Choice(request, name, "false", ["true", "false"], violations);
        return value == "true";
    }

    private static string Choice(HttpRequest request, string name, string defaultValue, IReadOnlyList<string> allowed, List<ConstraintViolation> violations)
    {
        var text = QueryParameters.Get(request, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) is { } match)
        {
            return match;
        }

        violations.Add(ConstraintViolation.InQuery(name, SloMessages.InvalidChoice(text, allowed)));
        return defaultValue;
    }
}

internal sealed record SloWindow(DateTimeOffset From, DateTimeOffset To, SloTimeframeMode Mode);
