using System.Text.Json.Nodes;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Finding objects in a translation by kind, service, environment and item, and reading their values.</summary>
internal static class TranslationAssertions
{
    public static DesiredObject Single(this TranslationResult result, DesiredObjectKind kind, string service, string environment, string item) =>
        Assert.Single(result.DesiredObjects, o => o.ExternalId == ExternalIds.For(ExampleCatalogFixture.CatalogId, kind, service, environment, item));

    public static DesiredObject? Find(this TranslationResult result, DesiredObjectKind kind, string service, string environment, string item) =>
        result.DesiredObjects.SingleOrDefault(o => o.ExternalId == ExternalIds.For(ExampleCatalogFixture.CatalogId, kind, service, environment, item));

    public static DesiredObject MetricEvent(this TranslationResult result, string service, string environment, string rule) =>
        result.Single(DesiredObjectKind.MetricEvent, service, environment, rule);

    public static string Selector(this DesiredObject metricEvent) => (string)metricEvent.Value["queryDefinition"]!["metricSelector"]!;

    public static JsonObject Model(this DesiredObject metricEvent) => metricEvent.Value["modelProperties"]!.AsObject();

    public static JsonObject Template(this DesiredObject metricEvent) => metricEvent.Value["eventTemplate"]!.AsObject();

    public static string Str(this JsonNode? node) => node!.GetValue<string>();

    public static double Num(this JsonNode? node) => double.Parse(node!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    public static string Metadata(this DesiredObject metricEvent, string key) =>
        metricEvent.Template()["metadata"]!.AsArray().Single(i => i!["metadataKey"].Str() == key)!["metadataValue"].Str();
}
