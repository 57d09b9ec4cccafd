using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Normalization;

public sealed class SettingsNormalizerTests
{
    private readonly SettingsNormalizer _normalizer = new(Registry);
    private readonly SettingsValidator _validator = new(Registry);

    [Fact]
    public void ApplyDefaults_MinimalMetricEvent_FillsDefaultsRecursively()
    {
        var value = Parse("""{"summary":"Latency","queryDefinition":{"type":"METRIC_SELECTOR","metricSelector":"builtin:service.response.time"},"eventTemplate":{"title":"Slow"}}""");

        var result = _normalizer.ApplyDefaults(MetricEvents, value);

        Assert.Equal(
            """
            {"enabled":true,"eventTemplate":{"davisMerge":true,"description":"The {metricname} value was {alert_condition} normal behavior.","eventType":"CUSTOM_ALERT","metadata":[],"title":"Slow"},"modelProperties":{"alertCondition":"ABOVE","alertOnNoData":false,"dealertingSamples":5,"samples":5,"threshold":1,"type":"STATIC_THRESHOLD","violatingSamples":3},"queryDefinition":{"metricSelector":"builtin:service.response.time","type":"METRIC_SELECTOR"},"summary":"Latency"}
            """,
            CanonicalJson.Write(result));
    }

    [Fact]
    public void ApplyDefaults_DefaultsSwitchOnPreconditions_SettlesTheChain()
    {
        var result = _normalizer.ApplyDefaults(MetricEvents, Parse("""{"queryDefinition":{}}"""));

        Assert.Equal(
            """{"aggregation":"AVG","dimensionFilter":[],"entityFilter":{"conditions":[]},"metricKey":"","type":"METRIC_KEY"}""",
            CanonicalJson.Write(result["queryDefinition"]));
    }

    [Fact]
    public void ApplyDefaults_PropertyWhosePreconditionIsFalse_IsDropped()
    {
        var value = With(StaticThresholdOnSelector, v => v["modelProperties"] = JsonNode.Parse("""{"type":"SEASONAL_BASELINE","threshold":5,"signalFluctuation":3}"""));

        var model = _normalizer.ApplyDefaults(MetricEvents, value)["modelProperties"]!.AsObject();

        Assert.False(model.ContainsKey("threshold"));
        Assert.False(model.ContainsKey("signalFluctuation"));
        Assert.Equal(4, model["tolerance"]!.GetValue<double>());
    }

    [Fact]
    public void ApplyDefaults_AbsentCollectionWithDefault_UsesTheSchemaDefault()
    {
        var result = _normalizer.ApplyDefaults(AlertingProfile, Parse("""{"name":"Team"}"""));

        var rules = result["severityRules"]!.AsArray();
        Assert.Equal(6, rules.Count);
        Assert.Equal("""{"delayInMinutes":30,"severityLevel":"PERFORMANCE","tagFilterIncludeMode":"NONE"}""", CanonicalJson.Write(rules[3]));
        Assert.Equal("[]", CanonicalJson.Write(result["eventFilters"]));
        Assert.False(result.AsObject().ContainsKey("managementZone"));
    }

    [Fact]
    public void ApplyDefaults_NullableNullsAndUnknownMembers_NullsGoUnknownsStay()
    {
        var value = With(StaticThresholdOnSelector, v => v["surprise"] = 1);

        var result = _normalizer.ApplyDefaults(MetricEvents, value).AsObject();

        Assert.False(result["queryDefinition"]!.AsObject().ContainsKey("queryOffset"));
        Assert.Equal(1, result["surprise"]!.GetValue<int>());
    }

    [Fact]
    public void ApplyDefaults_AppliedTwice_IsIdempotent()
    {
        foreach (var (schemaId, json) in new[] { (MetricEvents, AutoAdaptiveOnMetricKey), (AlertingProfile, AlertingProfileValue), (Notifications, WebhookNotification), (ManagementZones, KubernetesLabelZone), (MaintenanceWindow, WeeklyMaintenanceWindow) })
        {
            var once = CanonicalJson.Write(_normalizer.ApplyDefaults(schemaId, Parse(json)));
            var twice = CanonicalJson.Write(_normalizer.ApplyDefaults(schemaId, Parse(once)));

            Assert.Equal(once, twice);
        }
    }

    [Fact]
    public void ApplyDefaults_MinimalSloWithRequiredFieldsOnly_BecomesValid()
    {
        var minimal = Parse("""{"name":"Checkout","metricName":"checkout_ok","metricExpression":"builtin:service.errors.server.successCount:splitBy()"}""");

        Assert.NotEmpty(_validator.Validate(Slo, "environment", minimal));
        var repaired = Parse(_normalizer.ApplyDefaults(Slo, minimal).ToJsonString());
        Assert.Empty(_validator.Validate(Slo, "environment", repaired));
    }

    [Fact]
    public void ApplyDefaults_NullValue_IsTreatedAsEmptyObject()
    {
        var result = _normalizer.ApplyDefaults(MsTeams, Parse("null"));

        Assert.Equal("""{"name":"{team-name}-{channel-name}","webhook":""}""", CanonicalJson.Write(result));
    }

    [Fact]
    public void ApplyDefaults_UnknownSchemaOrNonObject_ReturnsACopy()
    {
        Assert.Equal("""{"a":1}""", CanonicalJson.Write(_normalizer.ApplyDefaults("builtin:nope", Parse("""{"a":1}"""))));
        Assert.Equal("[1,2]", CanonicalJson.Write(_normalizer.ApplyDefaults(Slo, Parse("[1,2]"))));
    }

    [Fact]
    public void AreEquivalent_ReorderedSetsKeysAndNumbers_AreEqual()
    {
        var reordered = With(AlertingProfileValue, v =>
        {
            var rules = v["severityRules"]!.AsArray();
            var first = rules[0]!.DeepClone();
            rules.RemoveAt(0);
            rules.Add(first);
            rules[0]!["tagFilter"] = new JsonArray("team:checkout");
            v["severityRules"]![2]!["tagFilter"] = new JsonArray("env:prod", "team:checkout");
        });

        Assert.True(_normalizer.AreEquivalent(AlertingProfile, Parse(AlertingProfileValue), reordered));
    }

    [Fact]
    public void AreEquivalent_ExplicitDefaultsVersusOmitted_AreEqual()
    {
        var explicitDefaults = With(SloValue, v => v["customDescription"] = null);
        var omitted = With(SloValue, v =>
        {
            v.Remove("enabled");
            v["errorBudgetBurnRate"]!.AsObject().Remove("fastBurnThreshold");
        });

        Assert.True(_normalizer.AreEquivalent(Slo, explicitDefaults, omitted));
    }

    [Fact]
    public void AreEquivalent_ReorderedList_IsADifference()
    {
        var reordered = With(MetricMetadataValue, v =>
        {
            var dimensions = v["dimensions"]!.AsArray();
            var first = dimensions[0]!.DeepClone();
            dimensions.RemoveAt(0);
            dimensions.Add(first);
        });

        Assert.False(_normalizer.AreEquivalent(MetricMetadata, Parse(MetricMetadataValue), reordered));
    }

    [Fact]
    public void AreEquivalent_RealChange_IsADifference()
    {
        var changed = With(SloValue, v => v["targetSuccess"] = 99.1);

        Assert.False(_normalizer.AreEquivalent(Slo, Parse(SloValue), changed));
    }

    [Fact]
    public void Normalize_SecretMask_HidesEverySecretIncludingNestedOnes()
    {
        var masked = _normalizer.Normalize(Notifications, Parse(WebhookNotification), secretMask: "*****");
        var otherSecret = With(WebhookNotification, v => v["webHookNotification"]!["headers"]![1]!["secretValue"] = "Bearer rotated");

        var header = masked["webHookNotification"]!["headers"]!.AsArray().Single(h => h!["name"]!.GetValue<string>() == "Authorization")!;
        Assert.Equal("*****", header["secretValue"]!.GetValue<string>());
        Assert.True(_normalizer.AreEquivalent(Notifications, Parse(WebhookNotification), otherSecret, secretMask: "*****"));
        Assert.False(_normalizer.AreEquivalent(Notifications, Parse(WebhookNotification), otherSecret));
    }

    [Fact]
    public void Normalize_SetWithRepeatedItems_KeepsOneOfEach()
    {
        var value = With(EmailNotification, v => v["emailNotification"]!["recipients"] = new JsonArray("b@example.com", "a@example.com", "b@example.com"));

        var recipients = _normalizer.Normalize(Notifications, value)["emailNotification"]!["recipients"];

        Assert.Equal("""["a@example.com","b@example.com"]""", CanonicalJson.Write(recipients));
    }
}
