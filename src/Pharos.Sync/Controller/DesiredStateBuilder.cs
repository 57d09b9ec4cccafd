using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller;

/// <summary>
/// Turns a snapshot into a <see cref="DesiredState"/>: reads each document once per content hash,
/// keeps every document's last good target so a bad edit does not delete its objects, and
/// withholds targets described by two ConfigMaps (PH1513). Not thread-safe: the controller loop
/// owns it.
/// </summary>
internal sealed class DesiredStateBuilder
{
    private readonly Dictionary<string, Read> _reads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedTarget> _lastGood = new(StringComparer.Ordinal);

    public Result Build(SourceSnapshot snapshot)
    {
        var newlyInvalid = new List<(string Key, IReadOnlyList<Diagnostic> Errors)>();
        var current = new Dictionary<string, Read>(StringComparer.Ordinal);
        foreach (var document in snapshot.Documents)
        {
            if (!_reads.TryGetValue(document.Key, out var read) || read.ContentHash != document.ContentHash)
            {
                read = ReadDocument(document);
                if (read.Target is not null)
                {
                    _lastGood[document.Key] = read.Target;
                }
                else
                {
                    newlyInvalid.Add((document.Key, read.Errors));
                }
            }

            current[document.Key] = read;
        }

        // Forget documents that are gone: their targets leave the desired state.
        foreach (var gone in _reads.Keys.Where(k => !current.ContainsKey(k)).ToList())
        {
            _reads.Remove(gone);
            _lastGood.Remove(gone);
        }

        foreach (var (key, read) in current)
        {
            _reads[key] = read;
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var effective = new Dictionary<string, ResolvedTarget>(StringComparer.Ordinal);
        var withheld = new List<WithheldDocument>();
        foreach (var document in snapshot.Documents)
        {
            var read = current[document.Key];
            if (read.Target is null)
            {
                problems[document.Key] = Describe(read.Errors);
            }

            if ((read.Target ?? _lastGood.GetValueOrDefault(document.Key)) is { } target)
            {
                effective[document.Key] = target;
            }
            else
            {
                withheld.Add(new WithheldDocument(document.Key, GuessService(document), GuessEnvironment(document), problems[document.Key]));
            }
        }

        WithholdDuplicates(snapshot, effective, withheld, problems);
        var targets = effective.Values
            .OrderBy(t => t.Service, StringComparer.Ordinal)
            .ThenBy(t => t.Environment.Id, StringComparer.Ordinal)
            .ThenBy(t => t.Region, StringComparer.Ordinal)
            .ToList();
        return new Result(new DesiredState(targets, withheld, snapshot), problems, newlyInvalid, effective);
    }

    private static Read ReadDocument(SourceDocument document)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(document.ReadDiagnostics);
        ResolvedTarget? target = null;
        if (document.ConfigMap is { } configMap && !bag.HasErrors)
        {
            target = ApplicationJsonReader.Read(configMap, bag);
        }

        var errors = bag.ToSortedList().Where(d => d.IsError).ToList();
        return new Read(document.ContentHash, errors.Count == 0 ? target : null, errors);
    }

    private static void WithholdDuplicates(SourceSnapshot snapshot, Dictionary<string, ResolvedTarget> effective, List<WithheldDocument> withheld, Dictionary<string, string> problems)
    {
        var groups = effective
            .GroupBy(e => (e.Value.Service, Environment: e.Value.Environment.Id, e.Value.Region))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var keys = group.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
            foreach (var key in keys)
            {
                var document = snapshot.Documents.First(d => d.Key == key);
                var others = string.Join(", ", keys.Where(k => k != key));
                var at = document.ConfigMap?.Location ?? new SourceLocation(key, 1, 1);
                var error = GeneratedConfigDiagnostics.DuplicateTarget(at, group.Key.Service, group.Key.Environment, group.Key.Region, others);
                problems[key] = error.ToString();
                effective.Remove(key);
                withheld.Add(new WithheldDocument(key, group.Key.Service, group.Key.Environment, error.Message));
            }
        }
    }

    private static string Describe(IReadOnlyList<Diagnostic> errors) =>
        errors.Count == 0 ? "the document could not be read" : string.Join("; ", errors.Select(e => e.ToString()));

    private static string? GuessService(SourceDocument document)
    {
        var configMap = document.ConfigMap;
        var label = configMap?.Labels.FirstOrDefault(l => l.Key == "app").Value;
        const string Suffix = "-dynatrace-config";
        return label ?? (configMap?.Name is { } name && name.EndsWith(Suffix, StringComparison.Ordinal) ? name[..^Suffix.Length] : null);
    }

    private static string? GuessEnvironment(SourceDocument document) =>
        document.ConfigMap?.Labels.FirstOrDefault(l => l.Key == "cost.environment").Value;

    private sealed record Read(string ContentHash, ResolvedTarget? Target, IReadOnlyList<Diagnostic> Errors);

    /// <param name="Problems">Documents whose current content is not usable, with the reason (their status is "failed").</param>
    /// <param name="NewlyInvalid">Documents that became unreadable in this build, for one event each.</param>
    /// <param name="TargetsByKey">The target each document contributes (current or last good).</param>
    internal sealed record Result(
        DesiredState State,
        IReadOnlyDictionary<string, string> Problems,
        IReadOnlyList<(string Key, IReadOnlyList<Diagnostic> Errors)> NewlyInvalid,
        IReadOnlyDictionary<string, ResolvedTarget> TargetsByKey);
}
