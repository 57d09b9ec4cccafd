using System.Net;
using System.Text.Json;
using Pharos.Local.Tests.Infrastructure;
using Pharos.Settings;
using static Pharos.Local.Tests.Settings.Schemas.RealSchemaValues;

namespace Pharos.Local.Tests.Settings.Schemas;

/// <summary>Settings objects over real HTTP, validated by the default (real) Pharos.Settings seams.</summary>
public sealed class RealSchemaObjectsTests : IAsyncLifetime
{
    private static readonly SettingsValidator Validator = new(SettingsSchemaRegistry.LoadEmbedded());
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync(realSchemas: true);

    public async Task DisposeAsync() => await _env.DisposeAsync();

    public static TheoryData<string, string, string> StandaloneValidObjects => new()
    {
        { MetricEvents, "environment", MetricEvent },
        { SloSchema, "environment", SloValue },
        { ManagementZones, "environment", ManagementZone },
        { MetricMetadata, MetricMetadataScope, MetricMetadataValue },
    };

    [Theory]
    [MemberData(nameof(StandaloneValidObjects))]
    public async Task Post_ValidObject_IsAcceptedAndStoredVerbatim(string schemaId, string scope, string value)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(schemaId, value, scope)}]");

        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        var stored = await SettingsTestData.GetAsync(_env.Client, body[0].GetProperty("objectId").GetString()!);
        Assert.Equal(schemaId, stored.GetProperty("schemaId").GetString());
        Assert.Equal(HttpJson.Compact(value), HttpJson.Compact(stored.GetProperty("value").GetRawText()));
    }

    [Fact]
    public async Task Post_ProfileAndNotificationReferencingExistingObjects_AreAccepted()
    {
        var zoneId = await CreateAsync(ManagementZones, ManagementZone);

        var profileId = await CreateAsync(AlertingProfile, AlertingProfileValue(zoneId));
        var notificationId = await CreateAsync(Notifications, EmailNotification(profileId));

        var notification = await SettingsTestData.GetAsync(_env.Client, notificationId);
        Assert.Equal(profileId, notification.GetProperty("value").GetProperty("alertingProfile").GetString());
        Assert.Equal("Ops e-mail", notification.GetProperty("summary").GetString());
    }

    public static TheoryData<string, string, string, string> InvalidObjects => new()
    {
        { MetricEvents, "environment", With(MetricEvent, v => v["eventTemplate"]!["eventType"] = "BROKEN"), "builtin:anomaly-detection.metric-events/0/eventTemplate/eventType" },
        { SloSchema, "environment", With(SloValue, v => v["targetWarning"] = 98.0), "builtin:monitoring.slo/0/targetWarning" },
        { AlertingProfile, "environment", With(AlertingProfileValue("x"), v => v["managementZone"] = null).Replace("\"delayInMinutes\":30", "\"delayInMinutes\":100000", StringComparison.Ordinal), "builtin:alerting.profile/0/severityRules/1/delayInMinutes" },
        { Notifications, "environment", With(EmailNotification("00000000-0000-0000-0000-000000000000"), v => v["emailNotification"]!["recipients"] = new System.Text.Json.Nodes.JsonArray()), "builtin:problem.notifications/0/emailNotification/recipients" },
        { ManagementZones, "environment", With(ManagementZone, v => v["name"] = " "), "builtin:management-zones/0/name" },
        { MetricMetadata, MetricMetadataScope, With(MetricMetadataValue, v => v["colour"] = "blue"), "builtin:metric.metadata/0/colour" },
        { MetricMetadata, "metric-builtin:service.response.time", MetricMetadataValue, "builtin:metric.metadata/0" },
    };

    [Theory]
    [MemberData(nameof(InvalidObjects))]
    public async Task Post_InvalidObject_Returns400WithTheViolationsOfPharosSettings(string schemaId, string scope, string value, string expectedPath)
    {
        var expected = Validator.Validate(schemaId, scope, Parse(value), new SettingsValidationOptions { Index = 0, KnownObjects = new Dictionary<string, string>() });

        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(schemaId, value, scope)}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync())[0].GetProperty("error");
        Assert.Equal("Constraints violated.", error.GetProperty("message").GetString());
        Assert.Contains(expected, v => v.Path == expectedPath);
        Assert.Equal(HttpJson.Compact(JsonSerializer.Serialize(expected)), HttpJson.Compact(error.GetProperty("constraintViolations").GetRawText()));
    }

    [Fact]
    public async Task Post_SloWithWarningBelowTarget_ReportsTheSchemasMessage()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(SloSchema, With(SloValue, v => v["targetWarning"] = 98.0))}]");

        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal(
            """{"path":"builtin:monitoring.slo/0/targetWarning","message":"Warning must be larger than the target","parameterLocation":"PAYLOAD_BODY","location":null}""",
            violation.GetRawText());
    }

    [Fact]
    public async Task Post_MixedBatch_Returns207WithPerEntryResults()
    {
        var invalid = With(SloValue, v =>
        {
            v["name"] = "Payments availability";
            v["metricName"] = "payments_availability";
            v["evaluationType"] = "SOMETIMES";
        });
        var expected = Validator.Validate(SloSchema, "environment", Parse(invalid), new SettingsValidationOptions { Index = 1, KnownObjects = new Dictionary<string, string>() });

        using var response = await _env.Client.PostJsonAsync("settings/objects",
            $"[{Item(SloSchema, SloValue)},{Item(SloSchema, invalid)},{Item(ManagementZones, ManagementZone)}]");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal([200, 400, 200], body.EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));
        Assert.Equal(HttpJson.Compact(JsonSerializer.Serialize(expected)), HttpJson.Compact(body[1].GetProperty("error").GetProperty("constraintViolations").GetRawText()));
        Assert.Equal("builtin:monitoring.slo/1/evaluationType", expected.Single().Path);
    }

    [Fact]
    public async Task Post_SloNameAlreadyStored_ReportsUniqueConstraintMessage()
    {
        await CreateAsync(SloSchema, SloValue);

        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(SloSchema, OtherSloWithSameName)}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violations = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations");
        Assert.Equal(
            """[{"path":"builtin:monitoring.slo/0/name","message":"There is another SLO with an identical name defined. Please make your SLO name unique to save your changes.","parameterLocation":"PAYLOAD_BODY","location":null}]""",
            violations.GetRawText());
    }

    [Fact]
    public async Task Post_TwoZonesWithOneNameInOneBatch_SecondIsRejected()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(ManagementZones, ManagementZone)},{Item(ManagementZones, ManagementZone)}]");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var second = (await response.JsonAsync())[1].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("builtin:management-zones/1/name", second.GetProperty("path").GetString());
        Assert.Equal("Management zone with this name already exists. Please provide a different one.", second.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Put_KeepingOwnName_IsAcceptedButTakingAnothersIsNot()
    {
        var first = await CreateAsync(ManagementZones, ManagementZone);
        await CreateAsync(ManagementZones, With(ManagementZone, v => v["name"] = "payments"));

        using var same = await _env.Client.PutJsonAsync($"settings/objects/{first}", $$"""{"value":{{With(ManagementZone, v => v["description"] = "changed")}}}""");
        using var clash = await _env.Client.PutJsonAsync($"settings/objects/{first}", $$"""{"value":{{With(ManagementZone, v => v["name"] = "payments")}}}""");

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Equal("builtin:management-zones/0/name", (await clash.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Put_ChangingNeverModifiableProperty_Returns400()
    {
        var sloId = await CreateAsync(SloSchema, SloValue);

        using var response = await _env.Client.PutJsonAsync($"settings/objects/{sloId}", $$"""{"value":{{With(SloValue, v => v["metricName"] = "renamed_metric")}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """[{"path":"builtin:monitoring.slo/0/metricName","message":"Value cannot be modified after creation","parameterLocation":"PAYLOAD_BODY","location":null}]""",
            (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations").GetRawText());
    }

    [Fact]
    public async Task Post_NotificationForMissingProfile_ReportsReferenceNotFound()
    {
        var zoneId = await CreateAsync(ManagementZones, ManagementZone);
        var profileId = await CreateAsync(AlertingProfile, AlertingProfileValue(zoneId));
        await _env.Client.DeleteAsync($"settings/objects/{profileId}");

        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(Notifications, EmailNotification(profileId))}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("builtin:problem.notifications/0/alertingProfile", violation.GetProperty("path").GetString());
        Assert.Equal($"Referenced settings object '{profileId}' not found", violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_ProfileReferencingAnSloAsZone_ReportsWrongSchema()
    {
        var sloId = await CreateAsync(SloSchema, SloValue);

        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(AlertingProfile, AlertingProfileValue(sloId))}]");

        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("builtin:alerting.profile/0/managementZone", violation.GetProperty("path").GetString());
        Assert.Equal("Must reference a settings object of schema 'builtin:management-zones', not 'builtin:monitoring.slo'", violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_ValidateOnlyProfileOfStoredZone_ResolvesTheReferenceWithoutWriting()
    {
        var zoneId = await CreateAsync(ManagementZones, ManagementZone);

        using var response = await _env.Client.PostJsonAsync("settings/objects?validateOnly=true", $"[{Item(AlertingProfile, AlertingProfileValue(zoneId))}]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""[{"code":200}]""", await response.TextAsync());
    }

    [Fact]
    public async Task Post_MaintenanceWindow_SummaryComesFromTheNestedName()
    {
        const string window = """
            {"enabled":true,
             "generalProperties":{"name":"Checkout release","description":"Planned release window","maintenanceType":"PLANNED",
               "suppression":"DETECT_PROBLEMS_DONT_ALERT","disableSyntheticMonitorExecution":false},
             "schedule":{"scheduleType":"ONCE","onceRecurrence":{"startTime":"2025-03-01T22:00:00","endTime":"2025-03-02T02:00:00","timeZone":"UTC"}},
             "filters":[]}
            """;

        var objectId = await CreateAsync("builtin:alerting.maintenance-window", window);

        Assert.Equal("Checkout release", (await SettingsTestData.GetAsync(_env.Client, objectId)).GetProperty("summary").GetString());
    }

    // Same name, but another metric and filter: only the name constraint is violated, not "identical SLO".
    private static string OtherSloWithSameName => With(SloValue, v =>
    {
        v["metricName"] = "other_metric";
        v["filter"] = "type(\"SERVICE\"),tag(\"team:payments\")";
    });

    private async Task<string> CreateAsync(string schemaId, string value, string scope = "environment")
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", $"[{Item(schemaId, value, scope)}]");
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body[0].GetProperty("objectId").GetString()!;
    }
}
