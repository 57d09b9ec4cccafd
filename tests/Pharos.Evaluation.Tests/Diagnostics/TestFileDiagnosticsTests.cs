using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Testing;

namespace Pharos.Evaluation.Tests.Diagnostics;

/// <summary>Every alert-test file code (PH5001–PH5027) with its exact message and location.</summary>
public sealed class TestFileDiagnosticsTests
{
    private const string Event = """
        metricEvents:
          - summary: Low
            queryDefinition: { type: METRIC_SELECTOR, metricSelector: m }
            modelProperties: { threshold: 5, alertCondition: BELOW }
            eventTemplate: { title: Low m }
        """;

    private static async Task<Diagnostic> Single(string yaml, string code)
    {
        var bag = new DiagnosticBag();
        await AlertTestRunner.RunTextAsync(yaml, "t.yaml", null, bag, CancellationToken.None);
        var all = bag.ToSortedList();
        var found = all.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, string.Join("\n", all));
        return found[0];
    }

    private static string Case(string body) => Event + "\ntests:\n  - name: t\n" + body;

    [Fact]
    public async Task PH5001_YamlSyntax()
    {
        var d = await Single("tests: [", "PH5001");

        Assert.StartsWith("YAML syntax error: ", d.Message, StringComparison.Ordinal);
        Assert.EndsWith(". Fix the YAML so the test file parses.", d.Message, StringComparison.Ordinal);
        Assert.Equal("t.yaml", d.Location!.File);
    }

    [Fact]
    public async Task PH5002_FileUnreadable()
    {
        var result = await AlertTestRunner.RunAsync(["/no/such/file.yaml"]);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PH5002", d.Code);
        Assert.Equal("cannot read the test file: the file does not exist. Check the path passed to 'pharos test'.", d.Message);
        Assert.Equal("/no/such/file.yaml:1:1", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5003_WrongShape()
    {
        var d = await Single(Event + "\ntests: { a: 1 }\n", "PH5003");

        Assert.Equal("'tests' must be a list, but is a mapping.", d.Message);
        Assert.Equal("t.yaml:6:8", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5004_UnknownField()
    {
        var d = await Single(Event + "\ntest: []\n", "PH5004");

        Assert.Equal("unknown field 'test' in the test file. Did you mean 'tests'? Known fields: catalog, environment, start, metricEvents, alertingProfiles, problemNotifications, maintenanceWindows, entities, tests.", d.Message);
        Assert.Equal("t.yaml:6:1", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5005_MissingField()
    {
        var d = await Single(Event + "\ntests:\n  - series: {}\n    expect: {}\n", "PH5005");

        Assert.Equal("a test case is missing the required field 'name'. Add it, e.g. name: card payments dip opens a problem.", d.Message);
    }

    [Fact]
    public async Task PH5006_InvalidScalar()
    {
        var d = await Single(Case("    minutes: abc\n    expect: {}\n"), "PH5006");

        Assert.Equal("'minutes' must be a whole number from 1 to 43200, but is 'abc'.", d.Message);
        Assert.Equal("t.yaml:8:14", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5007_DuplicateTestName()
    {
        var d = await Single(Case("    expect: {}\n  - name: t\n    expect: {}\n"), "PH5007");

        Assert.Equal("test 't' is defined twice (first at t.yaml:7:5). Give each test case its own name so results can be told apart.", d.Message);
    }

    [Fact]
    public async Task PH5008_DuplicateKey()
    {
        var d = await Single("tests: []\ntests: []\n", "PH5008");

        Assert.Equal("key 'tests' appears twice in the same mapping. Remove one of them.", d.Message);
    }

    [Fact]
    public async Task PH5010_MalformedSeriesName()
    {
        var d = await Single(Case("    series:\n      'm{method=card}': 1 2 3\n    expect: {}\n"), "PH5010");

        Assert.Equal("series 'm{method=card}' is not written as metric or metric{key=\"value\",…}: the value of 'method' must be in double quotes, e.g. method=\"card\".", d.Message);
    }

    [Fact]
    public async Task PH5011_InvalidSample_PointsAtTheToken()
    {
        var d = await Single(Case("    series:\n      m: 99 9O 97\n    expect: {}\n"), "PH5011");

        Assert.Equal("'9O' is not a sample. Write a number (99.5), '_' for a minute without data, or VALUExCOUNT to repeat (99x10, _x5).", d.Message);
        Assert.Equal("t.yaml:9:13", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5012_InvalidRepeat()
    {
        var d = await Single(Case("    series:\n      m: 99x0\n    expect: {}\n"), "PH5012");

        Assert.Equal("'99x0' has an invalid repeat count: write a whole number from 1 to 43200 after 'x', e.g. 99x10.", d.Message);
    }

    [Fact]
    public async Task PH5013_SeriesTooLong()
    {
        var d = await Single(Case("    series:\n      m: 1x43200 1\n    expect: {}\n"), "PH5013");

        Assert.Equal("series 'm' is 43201 minutes long; a test case may simulate at most 43200 minutes (30 days). Shorten it or use fewer repeats.", d.Message);
    }

    [Fact]
    public async Task PH5014_DuplicateSeries()
    {
        var d = await Single(Case("    series:\n      'm{a=\"1\",b=\"2\"}': 1\n      'm{b=\"2\",a=\"1\"}': 1\n    expect: {}\n"), "PH5014");

        Assert.Equal("series 'm{b=\"2\",a=\"1\"}' is given twice in this test case (dimension order does not matter). Merge the two lines.", d.Message);
    }

    [Fact]
    public async Task PH5015_EmptySeries()
    {
        var d = await Single(Case("    series:\n      m: ''\n    expect: {}\n"), "PH5015");

        Assert.Equal("series 'm' has no samples. Write one value per minute, e.g. '99 99 94 _ 99x10'.", d.Message);
    }

    [Fact]
    public async Task PH5020_UnknownProblemStatus()
    {
        var d = await Single(Case("    expect:\n      problems:\n        - { at: 1, status: opened, title: x }\n"), "PH5020");

        Assert.Equal("problem status 'opened' is unknown. Did you mean 'open'? Write 'open' (the problem opens at that minute) or 'closed' (it closes at that minute).", d.Message);
    }

    [Fact]
    public async Task PH5021_MinuteOutOfRange()
    {
        var d = await Single(Case("    minutes: 5\n    series: { m: 1 1 1 }\n    expect:\n      problems:\n        - { at: 7, status: open, title: Low m }\n"), "PH5021");

        Assert.Equal("'at' is minute 7, but the test case runs minutes 0 to 4. Use a minute inside the run, or set 'minutes' to run longer.", d.Message);
    }

    [Fact]
    public async Task PH5022_UnknownSeverity()
    {
        var d = await Single(Case("    expect:\n      problems:\n        - { at: 1, status: open, title: x, severity: EROR }\n"), "PH5022");

        Assert.Equal("severity 'EROR' is unknown. Did you mean 'ERROR'? Use one of AVAILABILITY, ERROR, PERFORMANCE, RESOURCE_CONTENTION, CUSTOM_ALERT, MONITORING_UNAVAILABLE.", d.Message);
    }

    [Fact]
    public async Task PH5023_UnknownNotificationState()
    {
        var d = await Single(Case("    expect:\n      notifications:\n        - { at: 1, to: x, state: CLOSED }\n"), "PH5023");

        Assert.Equal("notification state 'CLOSED' is unknown. Use OPEN, RESOLVED or MERGED, the values of Dynatrace's {State} placeholder.", d.Message);
    }

    [Fact]
    public async Task PH5024_UnknownNotification()
    {
        var yaml = Event + """

            problemNotifications:
              - { displayName: Ops webhook, type: WEBHOOK, webHookNotification: { url: "https://h.example.com/x" } }
            tests:
              - name: t
                expect:
                  notifications:
                    - { at: 1, to: Ops webhok, state: OPEN }
            """;

        var d = await Single(yaml, "PH5024");

        Assert.Equal("no problem notification named 'Ops webhok' exists. Did you mean 'Ops webhook'? Known notifications: Ops webhook.", d.Message);
    }

    [Fact]
    public async Task PH5025_NothingToEvaluate()
    {
        var d = await Single("tests:\n  - name: t\n    expect: {}\n", "PH5025");

        Assert.Equal("the catalog under test has no enabled metric events, so nothing can fire. Point 'catalog' at a catalog with alert rules, or list builtin:anomaly-detection.metric-events values under 'metricEvents'.", d.Message);
        Assert.Equal("t.yaml:1:1", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5026_CatalogUnresolved()
    {
        var d = await Single("catalog: ../catalog\n" + Case("    expect: {}\n"), "PH5026");

        Assert.Equal("the catalog '../catalog' cannot be loaded: this runner has no catalog resolver; run the file with 'pharos test', or list the objects inline.", d.Message);
        Assert.Equal("t.yaml:1:10", d.Location!.ToString());
    }

    [Fact]
    public async Task PH5027_UnsupportedSelector()
    {
        var yaml = Case("    series: { m: 1 1 1 }\n    expect: {}\n").Replace("metricSelector: m }", "metricSelector: \"m:fold\" }", StringComparison.Ordinal);

        var d = await Single(yaml, "PH5027");

        Assert.Equal("alert tests cannot evaluate the metric selector 'm:fold': the transformation ':fold' is not supported. Alert tests support metric keys with :filter, :splitBy, :merge, aggregations, :default and arithmetic.", d.Message);
    }
}
