using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;

namespace Pharos.Evaluation.Testing;

/// <summary>Loads the catalog a test file names (<c>catalog:</c>), e.g. by compiling it for the file's environment.</summary>
public interface IAlertTestCatalogResolver
{
    /// <param name="catalog">As written in the test file (typically a path relative to it).</param>
    ValueTask<AlertTestCatalogResolution> ResolveAsync(string catalog, string? environment, string testFilePath, CancellationToken cancellationToken);
}

/// <summary>The resolved catalog, or why it could not be resolved (becomes PH5026).</summary>
public sealed record AlertTestCatalogResolution(AlertTestCatalog? Catalog, string? Error);

/// <summary>
/// The core of <c>pharos test</c>: parses alert-test files, resolves what they test, runs every case under a
/// virtual clock and renders the report. Never throws on user input; problems are PH50xx diagnostics.
/// </summary>
public static class AlertTestRunner
{
    public static async Task<AlertTestRunResult> RunAsync(IEnumerable<string> paths, IAlertTestCatalogResolver? resolver = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var cases = new List<AlertTestCaseResult>();
        var bag = new DiagnosticBag();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                bag.Add(EvaluationDiagnostics.FileUnreadable(path, ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message));
                continue;
            }

            sources[path] = text;
            cases.AddRange(await RunTextAsync(text, path, resolver, bag, cancellationToken).ConfigureAwait(false));
        }

        var diagnostics = bag.ToSortedList();
        return new AlertTestRunResult(cases, diagnostics, AlertTestReport.Render(cases, diagnostics, sources));
    }

    /// <summary>Runs the cases of one file's text; diagnostics go to <paramref name="sink"/>.</summary>
    public static async Task<IReadOnlyList<AlertTestCaseResult>> RunTextAsync(
        string text, string path, IAlertTestCatalogResolver? resolver, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var local = new DiagnosticBag();
        var file = AlertTestFileParser.Parse(text, path, local);
        var catalog = AlertTestCatalog.Empty;
        if (file?.Catalog is { } name)
        {
            if (resolver is null)
            {
                local.Add(EvaluationDiagnostics.CatalogUnresolved(file.CatalogLocation, name, "this runner has no catalog resolver; run the file with 'pharos test', or list the objects inline"));
            }
            else
            {
                var resolution = await resolver.ResolveAsync(name, file.Environment, path, cancellationToken).ConfigureAwait(false);
                if (resolution.Catalog is null)
                {
                    local.Add(EvaluationDiagnostics.CatalogUnresolved(file.CatalogLocation, name, resolution.Error ?? "the resolver returned nothing"));
                }

                catalog = resolution.Catalog ?? AlertTestCatalog.Empty;
            }
        }

        var results = new List<AlertTestCaseResult>();
        if (file is not null && !local.HasErrors)
        {
            catalog = catalog.Merge(file.Inline);
            if (!catalog.MetricEvents.Any(m => m.Enabled))
            {
                local.Add(EvaluationDiagnostics.NothingToEvaluate(file.CatalogLocation ?? new SourceLocation(path, 1, 1)));
            }
            else
            {
                foreach (var testCase in file.Cases)
                {
                    if (await AlertTestExecutor.RunAsync(file, testCase, catalog, local, cancellationToken).ConfigureAwait(false) is { } result)
                    {
                        results.Add(result);
                    }
                }
            }
        }

        foreach (var d in local.ToSortedList())
        {
            sink.Add(d);
        }

        return results;
    }
}
