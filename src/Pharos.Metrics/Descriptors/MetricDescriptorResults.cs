using Pharos.Core.Diagnostics;
using Pharos.Metrics.Descriptors.Model;
using Pharos.Metrics.Query;

namespace Pharos.Metrics.Descriptors;

/// <summary>A page of descriptors when Ok; otherwise the diagnostics (400).</summary>
public sealed record MetricDescriptorListResult(MetricQueryStatus Status, MetricDescriptorCollection? Collection, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsOk => Status == MetricQueryStatus.Ok;
}

/// <summary>One descriptor when Ok; NotFound (404) for an unknown key; otherwise BadRequest with diagnostics.</summary>
public sealed record MetricDescriptorResult(MetricQueryStatus Status, MetricDescriptor? Descriptor, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsOk => Status == MetricQueryStatus.Ok;
}
