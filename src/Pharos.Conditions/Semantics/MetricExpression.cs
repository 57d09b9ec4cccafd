namespace Pharos.Conditions.Semantics;

/// <summary>A numeric time series: metric references combined with constants and arithmetic.</summary>
public abstract record MetricExpression;
