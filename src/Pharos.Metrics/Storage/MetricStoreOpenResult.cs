namespace Pharos.Metrics.Storage;

/// <summary>Result of opening a store: the store when <see cref="Status"/> is Ok, otherwise a message saying what to fix.</summary>
public sealed record MetricStoreOpenResult(MetricStoreStatus Status, ColumnarMetricStore? Store, MetricStoreRecovery Recovery, string? Message);
