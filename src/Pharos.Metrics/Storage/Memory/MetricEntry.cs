using System.Collections.Concurrent;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// One metric: its series and its catalog facts. Readers see the facts as one immutable
/// <see cref="CatalogState"/>; the writer replaces it whenever something changes.
/// </summary>
internal sealed class MetricEntry
{
    private readonly HashSet<string> _dimensionKeys = new(StringComparer.Ordinal);
    private CatalogState _catalog;

    public MetricEntry(string key, MetricType type, bool typeKnown, long createdMs)
    {
        Key = key;
        _catalog = new CatalogState(type, typeKnown, false, null, null, null, null, createdMs, null, null, []);
    }

    public string Key { get; }

    public ConcurrentDictionary<DimensionSet, SeriesColumns> Series { get; } = new();

    public CatalogState Catalog => Volatile.Read(ref _catalog);

    /// <summary>Writer only: the batch that last touched this metric, so each batch updates the write times once.</summary>
    public long LastBatch { get; set; } = -1;

    public void NoteType(MetricType type)
    {
        if (!_catalog.TypeKnown)
        {
            Publish(_catalog with { Type = type, TypeKnown = true });
        }
    }

    public void NoteDimensions(DimensionSet dimensions)
    {
        var added = false;
        foreach (var dimension in dimensions.AsSpan())
        {
            added |= _dimensionKeys.Add(dimension.Key);
        }

        if (added)
        {
            var keys = _dimensionKeys.ToArray();
            Array.Sort(keys, StringComparer.Ordinal);
            Publish(_catalog with { DimensionKeys = keys });
        }
    }

    public void NoteWritten(long wallClockMs)
    {
        var catalog = _catalog;
        Publish(catalog with
        {
            FirstWrittenMs = catalog.FirstWrittenMs ?? wallClockMs,
            LastWrittenMs = Math.Max(catalog.LastWrittenMs ?? wallClockMs, wallClockMs),
        });
    }

    /// <summary>Metadata lines only create: the first one for a key wins, as in Dynatrace.</summary>
    public void ApplyIngestMetadata(MetricMetadata metadata)
    {
        NoteType(metadata.Type);
        if (!_catalog.HasIngestMetadata)
        {
            Publish(_catalog with
            {
                HasIngestMetadata = true,
                DisplayName = metadata.DisplayName,
                Description = metadata.Description,
                Unit = metadata.Unit,
            });
        }
    }

    public void SetSettings(MetricMetadataSettings? settings) => Publish(_catalog with { Settings = settings });

    /// <summary>Restores the catalog from a snapshot.</summary>
    public void Restore(CatalogState catalog)
    {
        _dimensionKeys.Clear();
        _dimensionKeys.UnionWith(catalog.DimensionKeys);
        Publish(catalog);
    }

    public MetricInfo ToInfo()
    {
        var c = Catalog;
        return new MetricInfo(Key, c.Type, c.DisplayName, c.Description, c.Unit, c.Settings, c.CreatedMs, c.FirstWrittenMs, c.LastWrittenMs, c.DimensionKeys, Series.Count);
    }

    private void Publish(CatalogState catalog) => Volatile.Write(ref _catalog, catalog);

    internal sealed record CatalogState(
        MetricType Type,
        bool TypeKnown,
        bool HasIngestMetadata,
        string? DisplayName,
        string? Description,
        string? Unit,
        MetricMetadataSettings? Settings,
        long CreatedMs,
        long? FirstWrittenMs,
        long? LastWrittenMs,
        string[] DimensionKeys);
}
