using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Metrics.Descriptors.Model;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Time;
using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Descriptors;

/// <summary>
/// Lists and describes the metrics in an <see cref="IMetricStore"/>. Listing filters by selector (exact
/// keys or a trailing <c>*</c> wildcard), by text (case-insensitive, in key, display name or description)
/// and by <c>writtenSince</c>, orders by metric id, and pages with self-contained nextPageKeys.
/// </summary>
public sealed class MetricDescriptorService(IMetricStore store, TimeProvider timeProvider) : IMetricDescriptorService
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    private readonly IMetricStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    public async ValueTask<MetricDescriptorListResult> ListAsync(MetricDescriptorListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Diagnostic>();
        var offset = 0;
        if (request.NextPageKey is { } key)
        {
            var diagnosticsForKey = new MetricApiDiagnostics("");
            foreach (var (name, value) in new[] { ("metricSelector", request.MetricSelector), ("text", request.Text), ("pageSize", request.PageSize), ("fields", request.Fields), ("writtenSince", request.WrittenSince) })
            {
                if (value is not null)
                {
                    problems.Add(diagnosticsForKey.NextPageKeyNotAlone(name));
                }
            }

            if (PageKeyCodec.Decode(key) is not { } decoded)
            {
                problems.Add(diagnosticsForKey.InvalidNextPageKey());
            }
            else
            {
                (offset, request) = decoded;
            }

            if (problems.Count > 0)
            {
                return new MetricDescriptorListResult(MetricQueryStatus.BadRequest, null, problems);
            }
        }

        var diagnostics = new MetricApiDiagnostics(request.MetricSelector ?? "");
        var pageSize = DefaultPageSize;
        if (request.PageSize is { } size && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            problems.Add(diagnostics.InvalidPageSize(size));
        }

        var fields = DescriptorFields.Parse(request.Fields, diagnostics, problems);
        long? writtenSince = null;
        if (request.WrittenSince is { } since)
        {
            if (TimeExpressionParser.TryParse(since, _timeProvider.GetUtcNow(), out var sinceMs))
            {
                writtenSince = sinceMs;
            }
            else
            {
                problems.Add(diagnostics.InvalidTime("writtenSince", since));
            }
        }

        var selectors = request.MetricSelector is { } selectorText ? ParseSelectors(selectorText, allowWildcard: true, diagnostics, problems) : null;
        if (problems.Count > 0)
        {
            return new MetricDescriptorListResult(MetricQueryStatus.BadRequest, null, problems);
        }

        var metrics = await _store.ListMetricsAsync(cancellationToken).ConfigureAwait(false);
        var matched = new List<MetricDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (writtenSince is { } cutoff && (metric.LastWrittenMs ?? long.MinValue) < cutoff)
            {
                continue;
            }

            foreach (var (keySyntax, chain, suffix) in selectors ?? [(null!, [], "")])
            {
                if (keySyntax is not null && !Matches(keySyntax, metric.Key))
                {
                    continue;
                }

                var descriptor = DescriptorBuilder.Build(metric, chain, metric.Key + suffix);
                if (MatchesText(descriptor, request.Text) && seen.Add(descriptor.MetricId))
                {
                    matched.Add(descriptor);
                }
            }
        }

        matched.Sort((a, b) => string.CompareOrdinal(a.MetricId, b.MetricId));
        var page = matched.Skip(offset).Take(pageSize).Select(d => DescriptorFields.Project(d, fields!)).ToList();
        var next = offset + pageSize < matched.Count ? PageKeyCodec.Encode(offset + pageSize, pageSize, request) : null;
        return new MetricDescriptorListResult(MetricQueryStatus.Ok, new MetricDescriptorCollection(matched.Count, next, page), []);
    }

    public async ValueTask<MetricDescriptorResult> GetAsync(string metricSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricSelector);
        var diagnostics = new MetricApiDiagnostics(metricSelector);
        var problems = new List<Diagnostic>();
        var selectors = ParseSelectors(metricSelector, allowWildcard: false, diagnostics, problems);
        if (selectors is null || problems.Count > 0)
        {
            return new MetricDescriptorResult(MetricQueryStatus.BadRequest, null, problems);
        }

        if (selectors.Count != 1)
        {
            return new MetricDescriptorResult(MetricQueryStatus.BadRequest, null, [diagnostics.MetricKeyExpected(new SelectorSpan(0, metricSelector.Length))]);
        }

        var (key, chain, suffix) = selectors[0];
        if (await _store.GetMetricAsync(key.Key, cancellationToken).ConfigureAwait(false) is not { } info)
        {
            var known = (await _store.ListMetricsAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.Key);
            return new MetricDescriptorResult(MetricQueryStatus.NotFound, null, [diagnostics.UnknownMetric(key.Span, key.Key, known)]);
        }

        return new MetricDescriptorResult(MetricQueryStatus.Ok, DescriptorBuilder.Build(info, chain, info.Key + suffix), []);
    }

    /// <summary>Each selector as (key, transformation chain, canonical text after the key); null with problems when invalid.</summary>
    private static List<(MetricKeySyntax Key, List<TransformationSyntax> Chain, string Suffix)>? ParseSelectors(
        string text, bool allowWildcard, MetricApiDiagnostics diagnostics, List<Diagnostic> problems)
    {
        var parsed = MetricSelectorParser.Parse(text, MetricApiDiagnostics.SelectorParameter);
        problems.AddRange(parsed.Diagnostics);
        if (parsed.HasErrors)
        {
            return null;
        }

        var result = new List<(MetricKeySyntax, List<TransformationSyntax>, string)>();
        foreach (var selector in parsed.Selectors)
        {
            var chain = new List<TransformationSyntax>();
            var node = selector;
            while (node is TransformSyntax transform)
            {
                chain.Insert(0, transform.Transformation);
                node = transform.Source;
            }

            if (node is not MetricKeySyntax key || (key.IsWildcard && !allowWildcard))
            {
                problems.Add(diagnostics.MetricKeyExpected(selector.Span));
                continue;
            }

            foreach (var transformation in chain)
            {
                if (!TransformationFacts.IsAggregation(transformation.Kind) && transformation.Kind is not (TransformationKind.Merge or TransformationKind.SplitBy))
                {
                    problems.Add(diagnostics.DescriptorTransformationNotAllowed(transformation.Span, transformation.Name));
                }
            }

            var canonical = selector.ToString();
            result.Add((key, chain, canonical[key.ToString().Length..]));
        }

        return problems.Count == 0 ? result : null;
    }

    private static bool Matches(MetricKeySyntax key, string metricKey)
    {
        if (!key.IsWildcard)
        {
            return string.Equals(key.Key, metricKey, StringComparison.Ordinal);
        }

        return metricKey.StartsWith(key.Key[..^1], StringComparison.Ordinal);
    }

    private static bool MatchesText(MetricDescriptor descriptor, string? text) =>
        string.IsNullOrEmpty(text)
        || descriptor.MetricId.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (descriptor.DisplayName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || (descriptor.Description?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
}
