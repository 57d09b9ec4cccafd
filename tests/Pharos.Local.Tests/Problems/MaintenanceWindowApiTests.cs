using System.Net;
using System.Text.Json;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Problems;

/// <summary>
/// Maintenance windows (<c>builtin:alerting.maintenance-window</c>, validated by the real schema) mark
/// problems and events that started while they were active on their entities.
/// </summary>
public sealed class MaintenanceWindowApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync(realSchemas: true);
        foreach (var (name, stage) in new[] { ("checkout", "prod"), ("ledger", "test") })
        {
            await _env.Environment.Entities.RegisterAsync(
                new EntityRegistration("SERVICE", name) { Tags = [EntityTag.Custom("stage", stage)] }, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    private static string Window(string suppression = "DETECT_PROBLEMS_AND_ALERT", string tag = "stage:prod", bool enabled = true, string start = "2024-05-14T09:00:00", string end = "2024-05-14T11:00:00") => $$$"""
        [{"schemaId":"builtin:alerting.maintenance-window","scope":"environment","value":{
          "enabled":{{{(enabled ? "true" : "false")}}},
          "generalProperties":{"name":"Checkout upgrade","description":"Upgrade of the checkout database","maintenanceType":"PLANNED","suppression":"{{{suppression}}}","disableSyntheticMonitorExecution":false},
          "schedule":{"scheduleType":"ONCE","onceRecurrence":{"startTime":"{{{start}}}","endTime":"{{{end}}}","timeZone":"UTC"}},
          "filters":[{"entityType":"SERVICE","entityTags":["{{{tag}}}"],"managementZones":[]}]}}]
        """;

    private async Task<string> CreateWindowAsync(string json)
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", json);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body[0].GetProperty("objectId").GetString()!;
    }

    private async Task IngestAsync(string eventType, string title, string name)
    {
        var body = JsonSerializer.Serialize(new { eventType, title, entitySelector = $"type(SERVICE),entityName.equals({name})", timeout = 30 });
        using var response = await _env.Client.PostJsonAsync("events/ingest", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<List<JsonElement>> ListAsync(string path)
    {
        using var response = await _env.Client.GetAsync(path);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty(path.StartsWith("problems", StringComparison.Ordinal) ? "problems" : "events").EnumerateArray().ToList();
    }

    [Fact]
    public async Task Problem_StartedInAnActiveWindowOnItsEntity_HasMaintenanceEvidenceAndMatchesUnderMaintenance()
    {
        var windowId = await CreateWindowAsync(Window());
        await IngestAsync("ERROR_EVENT", "Checkout errors", "checkout");
        await IngestAsync("ERROR_EVENT", "Ledger errors", "ledger");

        var under = await ListAsync("problems?problemSelector=underMaintenance(true)&fields=evidenceDetails");
        var notUnder = await ListAsync("problems?problemSelector=underMaintenance(false)");

        var problem = Assert.Single(under);
        Assert.Equal("Checkout errors", problem.GetProperty("title").GetString());
        var evidence = problem.GetProperty("evidenceDetails").GetProperty("details").EnumerateArray()
            .Single(e => e.GetProperty("evidenceType").GetString() == "MAINTENANCE_WINDOW");
        Assert.Equal(windowId, evidence.GetProperty("maintenanceWindowConfigId").GetString());
        Assert.Equal("Checkout upgrade", evidence.GetProperty("displayName").GetString());
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 11, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), evidence.GetProperty("endTime").GetInt64());
        Assert.Equal("Ledger errors", Assert.Single(notUnder).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Problem_AfterTheWindowEnded_IsNotUnderMaintenance()
    {
        await CreateWindowAsync(Window());
        _env.Time.Advance(TimeSpan.FromHours(2));
        await IngestAsync("ERROR_EVENT", "Checkout errors", "checkout");

        Assert.Empty(await ListAsync("problems?problemSelector=underMaintenance(true)"));
        var problem = Assert.Single(await ListAsync("problems?fields=evidenceDetails"));
        Assert.DoesNotContain(problem.GetProperty("evidenceDetails").GetProperty("details").EnumerateArray(), e => e.GetProperty("evidenceType").GetString() == "MAINTENANCE_WINDOW");
    }

    [Fact]
    public async Task DisabledWindow_MarksNothing()
    {
        await CreateWindowAsync(Window(enabled: false));
        await IngestAsync("ERROR_EVENT", "Checkout errors", "checkout");

        Assert.Empty(await ListAsync("problems?problemSelector=underMaintenance(true)"));
    }

    [Fact]
    public async Task DontDetectProblems_OnTheEntity_RecordsTheEventButOpensNoProblem()
    {
        await CreateWindowAsync(Window(suppression: "DONT_DETECT_PROBLEMS"));
        await IngestAsync("ERROR_EVENT", "Checkout errors", "checkout");
        await IngestAsync("ERROR_EVENT", "Ledger errors", "ledger");

        var problems = await ListAsync("problems");
        Assert.Equal(["Ledger errors"], problems.Select(p => p.GetProperty("title").GetString()));
        var events = await ListAsync("events?eventSelector=underMaintenance(true)&from=now-1h");
        var checkout = Assert.Single(events);
        Assert.Equal("Checkout errors", checkout.GetProperty("title").GetString());
        Assert.True(checkout.GetProperty("underMaintenance").GetBoolean());
    }

    [Fact]
    public async Task Events_UnderMaintenanceField_IsTrueOnlyForCoveredEntities()
    {
        await CreateWindowAsync(Window());
        await IngestAsync("CUSTOM_INFO", "Checkout note", "checkout");
        await IngestAsync("CUSTOM_INFO", "Ledger note", "ledger");

        var events = await ListAsync("events?from=now-1h");

        Assert.True(events.Single(e => e.GetProperty("title").GetString() == "Checkout note").GetProperty("underMaintenance").GetBoolean());
        Assert.False(events.Single(e => e.GetProperty("title").GetString() == "Ledger note").GetProperty("underMaintenance").GetBoolean());
        Assert.Equal(["Ledger note"], (await ListAsync("events?eventSelector=underMaintenance(false)&from=now-1h")).Select(e => e.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("problems?problemSelector=underMaintenance(maybe)", "problemSelector")]
    [InlineData("events?eventSelector=underMaintenance(maybe)", "eventSelector")]
    public async Task UnderMaintenance_ANonBooleanValue_IsAConstraintViolation(string path, string parameter)
    {
        using var response = await _env.Client.GetAsync(path);
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = body.GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal(parameter, violation.GetProperty("path").GetString());
        Assert.Contains("maybe", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
