using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Deployments;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Deployments;

public class EventLimitsTests
{
    private static EventIngestRequest Request(IDictionary<string, string>? properties = null, string selector = "type(SERVICE)", DateTimeOffset? start = null) => new()
    {
        EventType = DeploymentProperties.EventType,
        Title = "Deploy",
        EntitySelector = selector,
        StartTime = start,
        Properties = new SortedDictionary<string, string>(properties ?? new Dictionary<string, string>(), StringComparer.Ordinal),
    };

    private static IReadOnlyList<Diagnostic> Validate(EventIngestRequest request)
    {
        var bag = new DiagnosticBag();
        EventLimits.Validate(request, TestData.Now, bag);
        return bag.ToSortedList();
    }

    private static Dictionary<string, string> Properties(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"key{i:000}", i => "v");

    [Fact]
    public void Validate_ExactlyAtEveryLimit_IsValid()
    {
        var properties = Properties(99);
        properties[new string('k', 100)] = new string('v', 4096);

        Assert.Empty(Validate(Request(properties, new string('s', 2000), TestData.Now.AddDays(-30))));
    }

    [Fact]
    public void Validate_101Properties_ReportsPH6002()
    {
        var d = Assert.Single(Validate(Request(Properties(101))));

        Assert.Equal("PH6002", d.Code);
        Assert.Equal("the event has 101 properties, but Dynatrace accepts at most 100. Remove 1 of the --property values.", d.Message);
    }

    [Fact]
    public void Validate_KeyOf101Characters_ReportsPH6003()
    {
        var key = new string('k', 101);

        var d = Assert.Single(Validate(Request(new Dictionary<string, string> { [key] = "v" })));

        Assert.Equal("PH6003", d.Code);
        Assert.Equal($"property key '{new string('k', 77)}...' has 101 characters, but Dynatrace accepts at most 100. Use a shorter key.", d.Message);
    }

    [Fact]
    public void Validate_ValueOf4097Characters_ReportsPH6004()
    {
        var d = Assert.Single(Validate(Request(new Dictionary<string, string> { ["notes"] = new string('v', 4097) })));

        Assert.Equal("PH6004", d.Code);
        Assert.Equal("the value of property 'notes' has 4097 characters, but Dynatrace accepts at most 4096. Shorten it or link to the full text instead.", d.Message);
    }

    [Fact]
    public void Validate_EmptyKey_ReportsPH6005()
    {
        var d = Assert.Single(Validate(Request(new Dictionary<string, string> { [""] = "v" })));

        Assert.Equal("PH6005", d.Code);
        Assert.Equal("a property has an empty key. Write properties as key=value with a non-empty key.", d.Message);
    }

    [Theory]
    [InlineData("dt.event.deployment.name", true)]
    [InlineData("dt.davis.is_frequent_event", true)]
    [InlineData("dt.entity.host", true)]
    [InlineData("dt.security_context", false)]
    [InlineData("dtx.custom", true)]
    public void Validate_ReservedNamespace_AllowsOnlyDocumentedPrefixes(string key, bool allowed)
    {
        var diagnostics = Validate(Request(new Dictionary<string, string> { [key] = "v" }));

        if (allowed)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            var d = Assert.Single(diagnostics);
            Assert.Equal("PH6006", d.Code);
            Assert.Equal($"property key '{key}' is in Dynatrace's reserved dt.* namespace, where only dt.event.*, dt.davis.* and dt.entity.* keys are accepted. Rename it, e.g. without the 'dt.' prefix.", d.Message);
        }
    }

    [Fact]
    public void Validate_EmptySelector_ReportsPH6009()
    {
        var d = Assert.Single(Validate(Request(selector: " ")));

        Assert.Equal("PH6009", d.Code);
        Assert.Equal("the deployment event has no entity selector, so Dynatrace would attach it to the whole environment instead of the service. Pass the service's entity selector.", d.Message);
    }

    [Fact]
    public void Validate_SelectorOver2000Characters_ReportsPH6010()
    {
        var d = Assert.Single(Validate(Request(selector: new string('s', 2001))));

        Assert.Equal("PH6010", d.Code);
        Assert.Equal("the entity selector has 2001 characters, but Dynatrace accepts at most 2000. Select the service by its tags instead of listing entity ids.", d.Message);
    }

    [Fact]
    public void Validate_StartMoreThan30DaysAgo_ReportsPH6011()
    {
        var d = Assert.Single(Validate(Request(start: TestData.Now.AddDays(-30).AddSeconds(-1))));

        Assert.Equal("PH6011", d.Code);
        Assert.Equal("the start time 2025-02-12T09:59:59Z is more than 30 days in the past, which Dynatrace rejects for info events such as CUSTOM_DEPLOYMENT. Send the event when the deployment happens.", d.Message);
    }

    [Fact]
    public void Validate_StartMoreThan7DaysAhead_ReportsPH6012()
    {
        var d = Assert.Single(Validate(Request(start: TestData.Now.AddDays(8))));

        Assert.Equal("PH6012", d.Code);
        Assert.Equal("the start time 2025-03-22T10:00:00Z is more than 7 days in the future, which Dynatrace rejects. Check the clock or the --start value.", d.Message);
    }

    [Fact]
    public void Validate_SeveralViolations_ReportsEveryOne()
    {
        var properties = Properties(101);
        properties["dt.secret"] = new string('v', 5000);

        var codes = Validate(Request(properties, "")).Select(d => d.Code).ToList();

        Assert.Equal(["PH6002", "PH6004", "PH6006", "PH6009"], codes);
    }
}
