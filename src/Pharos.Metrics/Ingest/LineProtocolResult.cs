using System.Globalization;
using Pharos.Metrics.Ingest.Response;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// Counts and reported problems of one request body. Blank and comment lines count as neither ok
/// nor invalid; valid metadata lines count as ok. <see cref="Errors"/> and <see cref="KeyChanges"/>
/// hold at most the configured number of entries; the counts are always complete.
/// </summary>
public sealed class LineProtocolResult
{
    private readonly List<LineError> _errors = [];
    // Changed keys repeat across lines, so each warning is stored as (line, index of its distinct key pair):
    // 8 bytes per warned line instead of an object; records are built only when asked for.
    private readonly List<long> _keyChangeEntries = [];
    private readonly List<(string Original, string Changed)> _keyChangePairs = [];
    private readonly Dictionary<string, int> _keyChangePairIndex = new(StringComparer.Ordinal);
    private readonly int _maxErrors;
    private readonly int _maxWarnings;

    internal LineProtocolResult(LineProtocolOptions options)
    {
        _maxErrors = options.MaxReportedInvalidLines;
        _maxWarnings = options.MaxReportedWarnings;
    }

    public int LinesOk { get; private set; }

    public int LinesInvalid { get; private set; }

    public int KeyChangeCount { get; private set; }

    public IReadOnlyList<LineError> Errors => _errors;

    public IReadOnlyList<MetricKeyChange> KeyChanges => _keyChangeEntries.ConvertAll(ToKeyChange);

    /// <summary>True when every line was accepted (HTTP 202); otherwise the API answers 400.</summary>
    public bool AllAccepted => LinesInvalid == 0;

    internal bool WantsErrorText => _errors.Count < _maxErrors;

    internal void CountOk() => LinesOk++;

    internal void CountInvalid() => LinesInvalid++;

    internal void AddError(LineError error) => _errors.Add(error);

    internal void AddKeyChange(int line, string originalKey, string newKey)
    {
        KeyChangeCount++;
        if (_keyChangeEntries.Count >= _maxWarnings)
        {
            return;
        }

        // The suffixed key follows from the original alone (".count" keys become ".gauge", others ".count").
        if (!_keyChangePairIndex.TryGetValue(originalKey, out var pair))
        {
            pair = _keyChangePairs.Count;
            _keyChangePairs.Add((originalKey, newKey));
            _keyChangePairIndex.Add(originalKey, pair);
        }

        _keyChangeEntries.Add(((long)line << 32) | (uint)pair);
    }

    private WarningLine ToWarningLine(long entry)
    {
        var change = ToKeyChange(entry);
        return new WarningLine(change.Line, change.Warning);
    }

    private MetricKeyChange ToKeyChange(long entry)
    {
        var (original, changed) = _keyChangePairs[(int)(entry & uint.MaxValue)];
        return new MetricKeyChange((int)(entry >> 32), original, changed);
    }

    /// <summary>The API response body for this result.</summary>
    public MetricIngestResponse ToResponse()
    {
        MetricIngestError? error = null;
        if (LinesInvalid > 0)
        {
            var message = _errors.Count < LinesInvalid
                ? string.Create(CultureInfo.InvariantCulture, $"First {_errors.Count} errors reported")
                : string.Create(CultureInfo.InvariantCulture, $"{LinesInvalid} invalid lines");
            error = new MetricIngestError(400, message, _errors.ConvertAll(e => new InvalidLine(e.Line, e.Message)));
        }

        MetricIngestWarnings? warnings = null;
        if (KeyChangeCount > 0)
        {
            warnings = new MetricIngestWarnings(
                string.Create(CultureInfo.InvariantCulture, $"First {_keyChangeEntries.Count} warnings reported"),
                _keyChangeEntries.ConvertAll(ToWarningLine));
        }

        return new MetricIngestResponse(LinesOk, LinesInvalid, error, warnings);
    }
}
