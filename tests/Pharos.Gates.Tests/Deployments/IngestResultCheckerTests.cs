using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Deployments;

namespace Pharos.Gates.Tests.Deployments;

public class IngestResultCheckerTests
{
    private static readonly EventIngestRequest Request = new()
    {
        EventType = "CUSTOM_DEPLOYMENT",
        Title = "Deploy",
        EntitySelector = "type(SERVICE),tag(\"[Kubernetes]app:payment-processor\")",
    };

    [Fact]
    public void Check_EveryEntityOk_Passes()
    {
        var bag = new DiagnosticBag();

        var ok = IngestResultChecker.Check(Request, new EventIngestResponse(2, [new("41f5d263011a6c9a", "OK"), new("80eae4d163cc5760", "OK")]), bag);

        Assert.True(ok);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void Check_NoEntityMatched_IsAnErrorNotASilentSuccess()
    {
        var bag = new DiagnosticBag();

        var ok = IngestResultChecker.Check(Request, new EventIngestResponse(0, []), bag);

        Assert.False(ok);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH6030", d.Code);
        Assert.Equal("Dynatrace accepted the event but attached it to no entity: the selector type(SERVICE),tag(\"[Kubernetes]app:payment-processor\") matched nothing active in the last 24 hours. Check the service's tags and that it has received traffic.", d.Message);
    }

    [Theory]
    [InlineData("INVALID_ENTITY_TYPE", "this entity type cannot carry a CUSTOM_DEPLOYMENT event. Select services or process group instances.")]
    [InlineData("INVALID_METADATA", "a property key or value is not accepted. Check the dt.event.* properties and the --property values.")]
    [InlineData("INVALID_TIMESTAMPS", "the start or end time is outside what Dynatrace accepts (30 days back, 7 days ahead). Check the clock.")]
    [InlineData("SOMETHING_NEW", "see the Dynatrace event ingest documentation for this status.")]
    public void Check_EntityRejected_ReportsPH6031PerEntity(string status, string hint)
    {
        var bag = new DiagnosticBag();

        var ok = IngestResultChecker.Check(Request, new EventIngestResponse(2, [new("a1", "OK"), new("b2", status)]), bag);

        Assert.False(ok);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH6031", d.Code);
        Assert.Equal($"Dynatrace rejected the event for one entity (correlation id b2) with {status}: {hint}", d.Message);
    }
}
