using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>Everything one service in one environment owns: zone, metric events, SLOs, routing.</summary>
internal static class ServiceEnvironmentTranslator
{
    public static List<DesiredObject> Translate(ServiceEnvironment context, RoutingTranslator routing, IDiagnosticSink sink)
    {
        var objects = new List<DesiredObject> { ManagementZoneTranslator.Translate(context) };
        var rules = new List<TranslatedRule>();
        foreach (var rule in context.Target.AlertRules)
        {
            if (MetricEventTranslator.Translate(context, rule, sink) is { } translated)
            {
                rules.Add(translated);
                objects.Add(translated.Object);
            }
        }

        objects.AddRange(SloTranslator.Translate(context));
        objects.AddRange(routing.Translate(context, rules));
        return objects;
    }
}
