using Pharos.Conditions.Symbols;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Tests.TestSupport;

/// <summary>The custom metrics of the seed design's payment-processor service.</summary>
internal static class TestSymbols
{
    public static ConditionSymbols PaymentProcessor { get; } = new(new Dictionary<string, CustomMetricType>
    {
        ["payment_success_rate"] = CustomMetricType.Gauge,
        ["payment_transactions_total"] = CustomMetricType.Counter,
        ["chargeback_count"] = CustomMetricType.Counter,
        ["fraud_check_latency"] = CustomMetricType.Histogram,
        ["revenue_total"] = CustomMetricType.Counter,
        ["payment_amount_total"] = CustomMetricType.Summary,
    });

    /// <summary>Where a condition's text starts in the seed's monitoring-profiles.yaml (line 189, after <c>condition: "</c>).</summary>
    public static SourceLocation Origin { get; } = new("catalog/monitoring-profiles.yaml", 189, 23);

    public static (CompiledCondition? Compiled, IReadOnlyList<Diagnostic> Diagnostics) Compile(string text, SourceLocation? origin = null)
    {
        var bag = new DiagnosticBag();
        var compiled = ConditionCompiler.Compile(text, origin ?? Origin, PaymentProcessor, bag);
        return (compiled, bag.ToSortedList());
    }
}
