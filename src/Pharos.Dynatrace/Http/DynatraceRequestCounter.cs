using System.Collections.Concurrent;

namespace Pharos.Dynatrace.Http;

/// <summary>
/// Counts HTTP requests actually sent, by method and path template. A write is a request that
/// can change the environment: every POST, PUT and DELETE except <c>validateOnly=true</c>.
/// Share one counter between clients to total a whole run; thread-safe.
/// </summary>
public sealed class DynatraceRequestCounter
{
    private readonly ConcurrentDictionary<(string Method, string Template), Cell> _cells = new();

    public long Total => _cells.Values.Sum(c => Interlocked.Read(ref c.Requests));

    public long Writes => _cells.Values.Sum(c => Interlocked.Read(ref c.Writes));

    public long Retries => _cells.Values.Sum(c => Interlocked.Read(ref c.Retries));

    /// <summary>Tallies sorted by path template, then method.</summary>
    public IReadOnlyList<RequestTally> Snapshot() =>
        _cells
            .Select(p => new RequestTally(p.Key.Method, p.Key.Template, Interlocked.Read(ref p.Value.Requests), Interlocked.Read(ref p.Value.Writes), Interlocked.Read(ref p.Value.Retries)))
            .OrderBy(t => t.PathTemplate, StringComparer.Ordinal)
            .ThenBy(t => t.Method, StringComparer.Ordinal)
            .ToList();

    public long RequestsFor(string method, string pathTemplate) =>
        _cells.TryGetValue((method, pathTemplate), out var cell) ? Interlocked.Read(ref cell.Requests) : 0;

    public void Reset() => _cells.Clear();

    internal void Record(string method, string pathTemplate, bool isWrite, bool isRetry)
    {
        var cell = _cells.GetOrAdd((method, pathTemplate), static _ => new Cell());
        Interlocked.Increment(ref cell.Requests);
        if (isWrite)
        {
            Interlocked.Increment(ref cell.Writes);
        }

        if (isRetry)
        {
            Interlocked.Increment(ref cell.Retries);
        }
    }

    private sealed class Cell
    {
        public long Requests;
        public long Writes;
        public long Retries;
    }
}
