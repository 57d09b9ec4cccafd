using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;
using YamlDotNet.RepresentationModel;

namespace Pharos.Evaluation.Testing;

public static partial class AlertTestFileParser
{
    private static readonly string[] ProblemKeys = ["at", "status", "title", "severity", "entity"];
    private static readonly string[] NotificationKeys = ["at", "to", "state", "attempt"];

    /// <summary>The severities a problem can have (INFO events open none).</summary>
    public static IReadOnlyList<string> Severities { get; } = [.. WireNames.All<ProblemSeverity>().Where(s => s != "INFO")];

    private static List<ExpectedProblem> ReadExpectedProblems(YamlReader yaml, YamlNode node)
    {
        var result = new List<ExpectedProblem>();
        foreach (var item in yaml.Sequence(node, "expect.problems"))
        {
            if (yaml.Mapping(item, "expect.problems[]") is not { } map)
            {
                continue;
            }

            yaml.CheckKeys(map, "an expected problem", ProblemKeys);
            var at = yaml.Integer(YamlReader.Get(map, "at"), "at", 0, SeriesNotation.MaxMinutes);
            var statusNode = yaml.Scalar(YamlReader.Get(map, "status"), "status");
            var title = yaml.Text(YamlReader.Get(map, "title"), "title");
            var severityNode = yaml.Scalar(YamlReader.Get(map, "severity"), "severity");
            var ok = Require(yaml, map, at is not null, "an expected problem", "at", "at: 4")
                & Require(yaml, map, statusNode is not null, "an expected problem", "status", "status: open")
                & Require(yaml, map, title is not null, "an expected problem", "title", "title: Payment success rate below 95");
            bool? opens = statusNode?.Value?.ToLowerInvariant() switch
            {
                "open" => true,
                "closed" => false,
                _ => null,
            };
            if (statusNode is not null && opens is null)
            {
                yaml.Sink.Add(EvaluationDiagnostics.UnknownProblemStatus(yaml.Locate(statusNode), statusNode.Value ?? ""));
                ok = false;
            }

            var severity = severityNode?.Value?.ToUpperInvariant();
            if (severityNode is not null && !Severities.Contains(severity))
            {
                yaml.Sink.Add(EvaluationDiagnostics.UnknownSeverity(yaml.Locate(severityNode), severityNode.Value ?? "", Severities));
                ok = false;
            }

            if (ok)
            {
                result.Add(new ExpectedProblem(at!.Value, opens!.Value, title!, severity, yaml.Text(YamlReader.Get(map, "entity"), "entity"), yaml.Locate(map)));
            }
        }

        return result;
    }

    private static List<ExpectedNotification> ReadExpectedNotifications(YamlReader yaml, YamlNode node)
    {
        var result = new List<ExpectedNotification>();
        foreach (var item in yaml.Sequence(node, "expect.notifications"))
        {
            if (yaml.Mapping(item, "expect.notifications[]") is not { } map)
            {
                continue;
            }

            yaml.CheckKeys(map, "an expected notification", NotificationKeys);
            var at = yaml.Number(YamlReader.Get(map, "at"), "at", 0, SeriesNotation.MaxMinutes, "a minute (a number, 4.5 = 4 min 30 s)");
            var to = yaml.Text(YamlReader.Get(map, "to"), "to");
            var stateNode = yaml.Scalar(YamlReader.Get(map, "state"), "state");
            var attempt = yaml.Integer(YamlReader.Get(map, "attempt"), "attempt", 1, 100);
            var ok = Require(yaml, map, at is not null, "an expected notification", "at", "at: 4")
                & Require(yaml, map, to is not null, "an expected notification", "to", "to: Ops webhook")
                & Require(yaml, map, stateNode is not null, "an expected notification", "state", "state: OPEN");
            var state = NotificationState.Open;
            if (stateNode is not null && !WireNames.TryParse(stateNode.Value?.ToUpperInvariant(), out state))
            {
                yaml.Sink.Add(EvaluationDiagnostics.UnknownNotificationState(yaml.Locate(stateNode), stateNode.Value ?? ""));
                ok = false;
            }

            if (ok)
            {
                result.Add(new ExpectedNotification(at!.Value, to!, state, attempt, yaml.Locate(map)));
            }
        }

        return result;
    }

    private static bool Require(YamlReader yaml, YamlMappingNode map, bool present, string where, string field, string example)
    {
        if (!present && YamlReader.Get(map, field) is null)
        {
            yaml.Sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), where, field, example));
        }

        return present;
    }

    // YamlDotNet says "Duplicate key tests" (older versions quote the key).
    private static string DuplicateKeyName(string message)
    {
        const string prefix = "Duplicate key";
        var key = message.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? message[prefix.Length..] : message;
        return key.Trim().Trim('\'', '"', '.').Trim();
    }
}
