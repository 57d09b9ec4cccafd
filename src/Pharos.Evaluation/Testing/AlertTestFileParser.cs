using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Series;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Parses an alert-test file. Never throws on input: every problem is a PH5001–PH5027 diagnostic at
/// <c>file:line:column</c>, and the result is null only when the file is unusable (YAML syntax, no mapping).
/// </summary>
public static partial class AlertTestFileParser
{
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] TopKeys = ["catalog", "environment", "start", "metricEvents", "alertingProfiles", "problemNotifications", "maintenanceWindows", "entities", "tests"];
    private static readonly string[] CaseKeys = ["name", "minutes", "series", "endpointOutages", "expect"];
    private static readonly string[] ExpectKeys = ["problems", "notifications"];
    private static readonly string[] OutageKeys = ["notification", "from", "to"];

    public static AlertTestFile? Parse(string text, string path, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var yaml = new YamlReader(path, sink);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Trim();
            var close = message.LastIndexOf("): ", StringComparison.Ordinal);
            message = message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
            sink.Add(message.StartsWith("Duplicate key", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                ? EvaluationDiagnostics.DuplicateKey(yaml.Locate(ex.Start), DuplicateKeyName(message))
                : EvaluationDiagnostics.YamlSyntax(yaml.Locate(ex.Start), message.TrimEnd('.')));
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            sink.Add(root is null
                ? EvaluationDiagnostics.MissingField(new SourceLocation(path, 1, 1), "the test file", "tests", "tests: [{ name: ..., series: {...}, expect: {...} }]")
                : EvaluationDiagnostics.WrongShape(yaml.Locate(root), "the test file", "a mapping", YamlReader.Describe(root)));
            return null;
        }

        yaml.CheckKeys(map, "the test file", TopKeys);
        var catalogNode = YamlReader.Get(map, "catalog");
        var start = ReadStart(yaml, YamlReader.Get(map, "start"));
        var inline = InlineCatalog.Read(yaml, map);
        var testsNode = YamlReader.Get(map, "tests");
        if (testsNode is null)
        {
            sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), "the test file", "tests", "tests: [{ name: ..., series: {...}, expect: {...} }]"));
        }

        var cases = new List<AlertTestCase>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in yaml.Sequence(testsNode, "tests"))
        {
            if (ReadCase(yaml, node) is { } testCase)
            {
                if (names.TryGetValue(testCase.Name, out var first))
                {
                    sink.Add(EvaluationDiagnostics.DuplicateTestName(testCase.Location, testCase.Name, first));
                    continue;
                }

                names[testCase.Name] = testCase.Location;
                cases.Add(testCase);
            }
        }

        return new AlertTestFile(
            path,
            yaml.Text(catalogNode, "catalog"),
            catalogNode is null ? null : yaml.Locate(catalogNode),
            yaml.Text(YamlReader.Get(map, "environment"), "environment"),
            start,
            inline,
            cases);
    }

    private static DateTimeOffset ReadStart(YamlReader yaml, YamlNode? node)
    {
        if (yaml.Scalar(node, "start") is not { Value: { } text } scalar)
        {
            return DefaultStart;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            return EvaluationMinutes.Floor(start.ToUniversalTime());
        }

        yaml.Sink.Add(EvaluationDiagnostics.InvalidScalar(yaml.Locate(scalar), "start", "an ISO 8601 time such as 2025-01-06T09:00:00Z", text));
        return DefaultStart;
    }

    private static AlertTestCase? ReadCase(YamlReader yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "tests[]") is not { } map)
        {
            return null;
        }

        var name = yaml.Text(YamlReader.Get(map, "name"), "name");
        var where = name is null ? "a test case" : $"test '{name}'";
        yaml.CheckKeys(map, where, CaseKeys);
        if (string.IsNullOrWhiteSpace(name))
        {
            yaml.Sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), "a test case", "name", "name: card payments dip opens a problem"));
            return null;
        }

        var minutesNode = YamlReader.Get(map, "minutes");
        var expect = yaml.Mapping(YamlReader.Get(map, "expect"), "expect");
        if (expect is null)
        {
            yaml.Sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), where, "expect", "expect: { problems: [...] }"));
        }
        else
        {
            yaml.CheckKeys(expect, "expect", ExpectKeys);
        }

        return new AlertTestCase(
            name,
            yaml.Locate(map),
            ReadSeries(yaml, YamlReader.Get(map, "series"), where),
            yaml.Integer(minutesNode, "minutes", 1, SeriesNotation.MaxMinutes),
            minutesNode is null ? null : yaml.Locate(minutesNode),
            ReadOutages(yaml, YamlReader.Get(map, "endpointOutages")),
            expect is null || YamlReader.Get(expect, "problems") is not { } problems ? null : ReadExpectedProblems(yaml, problems),
            expect is null || YamlReader.Get(expect, "notifications") is not { } notifications ? null : ReadExpectedNotifications(yaml, notifications));
    }

    private static List<SeriesInput> ReadSeries(YamlReader yaml, YamlNode? node, string where)
    {
        var result = new List<SeriesInput>();
        if (node is null)
        {
            return result;
        }

        if (yaml.Mapping(node, "series") is not { } map)
        {
            return result;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } keyScalar)
            {
                continue;
            }

            var at = yaml.Locate(keyScalar);
            if (SeriesNotation.ParseName(key, at, yaml.Sink) is not var (metric, dimensions))
            {
                continue;
            }

            var parsed = valueNode switch
            {
                YamlScalarNode scalar => SeriesNotation.ParseValues(scalar.Value ?? "", key, yaml.ContentLocator(scalar), yaml.Sink),
                YamlSequenceNode sequence => SeriesNotation.ParseValues(
                    string.Join(' ', sequence.Children.Select(c => (c as YamlScalarNode)?.Value ?? "?")), key, _ => yaml.Locate(sequence), yaml.Sink),
                _ => Shape(yaml, valueNode, key),
            };
            if (parsed is not var (values, history))
            {
                continue;
            }

            if (result.Exists(s => s.MetricKey == metric && s.Dimensions.Equals(dimensions)))
            {
                yaml.Sink.Add(EvaluationDiagnostics.DuplicateSeries(at, key));
                continue;
            }

            result.Add(new SeriesInput(metric, dimensions, -history, values, key, at));
        }

        return result;
    }

    private static (double[], int)? Shape(YamlReader yaml, YamlNode node, string key)
    {
        yaml.Sink.Add(EvaluationDiagnostics.WrongShape(yaml.Locate(node), key, "values such as '99 99 94 _ 99x10'", YamlReader.Describe(node)));
        return null;
    }

    private static List<EndpointOutage> ReadOutages(YamlReader yaml, YamlNode? node)
    {
        var result = new List<EndpointOutage>();
        foreach (var item in yaml.Sequence(node, "endpointOutages"))
        {
            if (yaml.Mapping(item, "endpointOutages[]") is not { } map)
            {
                continue;
            }

            yaml.CheckKeys(map, "an endpoint outage", OutageKeys);
            var notification = yaml.Text(YamlReader.Get(map, "notification"), "notification");
            var from = yaml.Number(YamlReader.Get(map, "from"), "from", 0, SeriesNotation.MaxMinutes, "a minute (a number, 4.5 = 4 min 30 s)");
            var to = yaml.Number(YamlReader.Get(map, "to"), "to", 0, SeriesNotation.MaxMinutes, "a minute (a number, 4.5 = 4 min 30 s)");
            if (notification is null)
            {
                yaml.Sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), "an endpoint outage", "notification", "notification: Ops webhook"));
                continue;
            }

            if (from is { } f)
            {
                result.Add(new EndpointOutage(notification, f, to ?? SeriesNotation.MaxMinutes, yaml.Locate(map)));
            }
            else
            {
                yaml.Sink.Add(EvaluationDiagnostics.MissingField(yaml.Locate(map), "an endpoint outage", "from", "from: 4"));
            }
        }

        return result;
    }
}
