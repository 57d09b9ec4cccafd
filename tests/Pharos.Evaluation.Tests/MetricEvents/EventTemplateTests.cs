using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;
using Pharos.Evaluation.Tests.TestSupport;

namespace Pharos.Evaluation.Tests.MetricEvents;

public sealed class EventTemplateTests
{
    private static readonly EntityInfo Checkout = new("SERVICE-1A2B3C4D5E6F7A8B", "SERVICE", "checkout", ["[Kubernetes]app:checkout"], []);

    [Fact]
    public async Task RaisedEvent_FillsTheDocumentedPlaceholders()
    {
        var config = Configs.Read("""
            {
              "summary": "Latency",
              "queryDefinition": { "type": "METRIC_SELECTOR", "metricSelector": "builtin:service.response.time:splitBy(\"dt.entity.service\")" },
              "modelProperties": { "type": "STATIC_THRESHOLD", "threshold": 500, "alertCondition": "ABOVE", "violatingSamples": 1, "samples": 3, "dealertingSamples": 3 },
              "eventTemplate": {
                "title": "High latency on {dims:dt.entity.service.name}",
                "description": "{metricname} was {alert_condition} {threshold} ({severity}, baseline {baseline}) on {entityname}; {dims}; {unknown}",
                "eventType": "SLOWDOWN",
                "metadata": [ { "metadataKey": "team", "metadataValue": "checkout" }, { "metadataKey": "service", "metadataValue": "{entityname}" } ] },
              "eventEntityDimensionKey": "dt.entity.service"
            }
            """);
        var h = new EngineHarness(config);
        h.Entities.Add(Checkout);
        h.Series("builtin:service.response.time", SeriesDimensions.Of(("dt.entity.service", Checkout.Id)), [612.5]);

        var e = (await h.RunAsync(0, 0)).Single().Event;

        Assert.Equal("High latency on checkout", e.Title);
        Assert.Equal(
            "builtin:service.response.time:splitBy(\"dt.entity.service\") was above 500 (612.5, baseline 500) on checkout; dt.entity.service=SERVICE-1A2B3C4D5E6F7A8B; {unknown}",
            e.Description);
        Assert.Equal("PERFORMANCE_EVENT", e.EventType);
        Assert.Equal(ProblemSeverity.Performance, e.Severity);
        Assert.Equal(Checkout, e.Entity);
        Assert.Equal(
            ["dt.event.allow_davis_merge=true", "service=checkout", "team=checkout"],
            e.Properties.Select(p => p.Key + "=" + p.Value));
    }

    [Fact]
    public async Task DefaultDescription_SaysAboveOrBelowNormalBehavior()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 90, 90);

        var e = (await h.RunAsync(0, 2)).Single().Event;

        Assert.Equal("The payment_success_rate:splitBy(\"payment_method\"):avg value was below normal behavior.", e.Description);
    }

    [Fact]
    public async Task WithoutEntityDimension_EventIsRaisedOnTheEnvironment()
    {
        var h = new EngineHarness(Configs.Static()).Card(90, 90, 90);

        var e = (await h.RunAsync(0, 2)).Single().Event;

        Assert.Equal(EntityInfo.Environment, e.Entity);
    }

    [Fact]
    public async Task WithoutEventEntityDimensionKey_FirstEntityDimensionIsUsed()
    {
        var h = new EngineHarness(Configs.Static(selector: "m:splitBy(\"dt.entity.host\",\"k8s.namespace.name\"):avg"))
            .Series("m", SeriesDimensions.Of(("k8s.namespace.name", "prod"), ("dt.entity.host", "HOST-00000000000000AB")), [90, 90, 90]);

        var e = (await h.RunAsync(0, 2)).Single().Event;

        Assert.Equal("HOST-00000000000000AB", e.Entity.Id);
        Assert.Equal("HOST", e.Entity.Type);
    }

    [Fact]
    public async Task InfoEventType_OpensNoProblemAndDisablesDavisMerge()
    {
        var h = new EngineHarness(Configs.Static(eventType: "INFO")).Card(90, 90, 90);

        var e = (await h.RunAsync(0, 2)).Single().Event;

        Assert.Equal("CUSTOM_INFO", e.EventType);
        Assert.False(e.OpensProblem);
        Assert.False(e.DavisMerge);
    }

    [Theory]
    [InlineData("OUTSIDE")]
    public void OutsideCondition_LeavesThresholdSeverityAndBaselineAsWritten(string condition)
    {
        var values = new TemplateValues("m", Enum.Parse<AlertCondition>(condition, true), ThresholdBounds.For(AlertCondition.Outside, 1, 9, 5), 12, SeriesDimensions.Empty, EntityInfo.Environment, 0);

        var text = EventTemplateRenderer.Render("{alert_condition} {threshold} {severity} {baseline}", values, new InMemoryEntityDirectory());

        Assert.Equal("outside {threshold} {severity} {baseline}", text);
    }

    [Fact]
    public void UnterminatedPlaceholder_IsKeptAsWritten()
    {
        var values = new TemplateValues("m", AlertCondition.Above, ThresholdBounds.For(AlertCondition.Above, 0, 1, 1), 2, SeriesDimensions.Empty, EntityInfo.Environment, 0);

        Assert.Equal("value {metricname", EventTemplateRenderer.Render("value {metricname", values, new InMemoryEntityDirectory()));
    }
}
