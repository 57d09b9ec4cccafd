using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Binding;

internal sealed partial class ConditionBinder
{
    /// <summary>A detector standing as the whole condition: <c>Anomaly(ErrorRate)</c>, <c>CrashDetection</c>.</summary>
    private DetectorCondition? BindDetector(SyntaxToken name, IReadOnlyList<ExpressionSyntax> arguments, TextSpan span)
    {
        if (!Detectors.TryGet(name.Text, out var detector))
        {
            Report(_diagnostics.UnknownDetector(name.Span, name.Text, BuiltInSignals.TryGet(name.Text, out var signal) ? signal : null));
            BindForDiagnostics(arguments);
            return null;
        }

        var expected = detector.Argument == DetectorArgument.None ? 0 : 1;
        if (arguments.Count != expected)
        {
            Report(_diagnostics.DetectorArgumentCount(span, detector.Name, expected, arguments.Count, detector.Example));
            BindForDiagnostics(arguments);
            return null;
        }

        return detector.Argument switch
        {
            DetectorArgument.Signal => BindAnomalyArgument(detector, arguments[0]),
            DetectorArgument.Duration => BindDurationArgument(detector, arguments[0]),
            _ => new DetectorCondition(detector.Kind, null, null),
        };
    }

    private DetectorCondition? BindAnomalyArgument(Detector detector, ExpressionSyntax argument)
    {
        var value = Visit(argument);
        switch (value)
        {
            case ErrorValue:
                return null;
            case MetricValue { IsSingleMetric: true, Signal: { SupportsAnomalyDetection: true } signal }:
                return new DetectorCondition(detector.Kind, signal, null);
        }

        var metric = value as MetricValue;
        var signalGiven = metric is { IsSingleMetric: true } ? metric.Signal : (value as StateValue)?.Signal;
        var isCustomMetric = metric is { IsSingleMetric: true, Signal: null };
        Report(_diagnostics.AnomalyArgumentNotSupported(argument.Span, TextOf(argument), signalGiven, isCustomMetric));
        return null;
    }

    private DetectorCondition? BindDurationArgument(Detector detector, ExpressionSyntax argument)
    {
        var value = Visit(argument);
        switch (value)
        {
            case ErrorValue:
                return null;
            case DurationValue { Milliseconds: <= 0 }:
                Report(_diagnostics.DurationNotPositive(argument.Span, TextOf(argument)));
                return null;
            case DurationValue duration:
                return new DetectorCondition(detector.Kind, null, TimeSpan.FromMilliseconds(duration.Milliseconds));
            default:
                Report(_diagnostics.DurationArgumentExpected(argument.Span, detector.Name, TextOf(argument), value is NumberValue));
                return null;
        }
    }

    private void BindForDiagnostics(IReadOnlyList<ExpressionSyntax> arguments)
    {
        foreach (var argument in arguments)
        {
            Visit(argument);
        }
    }
}
