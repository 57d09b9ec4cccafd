using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Cli.Commands.Gates;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Local.Entities;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Tests.Commands.Gates;

/// <summary>
/// A real local environment on 127.0.0.1 (port 0) with the service entities a catalog service ×
/// environment has (tagged <c>[Kubernetes]app</c> and <c>[Kubernetes]cost.environment</c>), a way to
/// raise problems on them, and the gate verbs run in-process with pinned environment variables.
/// </summary>
internal sealed class GateScenario : IAsyncDisposable
{
    public const string Service = "payment-processor";
    public const string Env = "prod";

    private readonly HttpClient _http;

    private GateScenario(LocalEnvironment environment, string token, string directory)
    {
        Environment = environment;
        Token = token;
        Directory = directory;
        _http = new HttpClient { BaseAddress = environment.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Token", token);
    }

    public LocalEnvironment Environment { get; }

    public string Token { get; }

    /// <summary>A fresh folder for report files.</summary>
    public string Directory { get; }

    /// <summary>The service's selector as the gates build it.</summary>
    public static string Selector(string service = Service, string env = Env) =>
        $"type(SERVICE),tag(\"[Kubernetes]app:{service}\"),tag(\"[Kubernetes]cost.environment:{env}\")";

    public static async Task<GateScenario> StartAsync()
    {
        var directory = CliRunner.TempDir();
        var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { Port = 0, DataDirectory = Path.Combine(directory, "local"), HandleShutdownSignals = false });
        var token = (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim();
        return new GateScenario(environment, token, directory);
    }

    /// <summary>Registers one SERVICE entity of the service per region; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> RegisterServiceAsync(string service = Service, string env = Env, params string[] regions)
    {
        var ids = new List<string>();
        foreach (var region in regions.Length == 0 ? ["euw1"] : regions)
        {
            var entity = await Environment.Entities.RegisterAsync(
                new EntityRegistration("SERVICE", $"{service} ({env}, {region})")
                {
                    Tags = [new EntityTag("KUBERNETES", "app", service), new EntityTag("KUBERNETES", "cost.environment", env), new EntityTag("KUBERNETES", "cost.region", region)],
                },
                CancellationToken.None);
            ids.Add(entity.EntityId);
        }

        return ids;
    }

    /// <summary>
    /// Raises a problem on the service's entities, as Davis would (ERROR_EVENT, PERFORMANCE_EVENT, …).
    /// Open events on the same entity merge into one problem, as in Dynatrace.
    /// </summary>
    public async Task RaiseAsync(string eventType, string title, string? selector = null, DateTimeOffset? start = null, int timeoutMinutes = 60)
    {
        var body = new JsonObject
        {
            ["eventType"] = eventType,
            ["title"] = title,
            ["entitySelector"] = selector ?? Selector(),
            ["timeout"] = timeoutMinutes,
        };
        if (start is { } s)
        {
            body["startTime"] = s.ToUnixTimeMilliseconds();
        }

        using var response = await _http.PostAsJsonAsync("events/ingest", body);
        Assert.Equal(201, (int)response.StatusCode);
    }

    /// <summary>A maintenance window (Settings 2.0, real schema) on the service's entities from now-1h to now+1h.</summary>
    public async Task CreateMaintenanceWindowAsync(string service = Service)
    {
        var now = DateTimeOffset.UtcNow;
        string Local(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var value = new JsonObject
        {
            ["enabled"] = true,
            ["generalProperties"] = new JsonObject
            {
                ["name"] = $"{service} database upgrade",
                ["description"] = "Planned upgrade",
                ["maintenanceType"] = "PLANNED",
                ["suppression"] = "DETECT_PROBLEMS_AND_ALERT",
                ["disableSyntheticMonitorExecution"] = false,
            },
            ["schedule"] = new JsonObject
            {
                ["scheduleType"] = "ONCE",
                ["onceRecurrence"] = new JsonObject { ["startTime"] = Local(now.AddHours(-1)), ["endTime"] = Local(now.AddHours(1)), ["timeZone"] = "UTC" },
            },
            ["filters"] = new JsonArray(new JsonObject
            {
                ["entityType"] = "SERVICE",
                ["entityTags"] = new JsonArray($"[Kubernetes]app:{service}"),
                ["managementZones"] = new JsonArray(),
            }),
        };
        var body = new JsonArray(new JsonObject { ["schemaId"] = "builtin:alerting.maintenance-window", ["scope"] = "environment", ["value"] = value });
        using var response = await _http.PostAsJsonAsync("settings/objects", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var response = await _http.GetAsync(relative);
        Assert.True(response.IsSuccessStatusCode, $"GET {relative}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The variables a pipeline step would have: the environment and token, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string> Variables(params (string Name, string Value)[] extra)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DT_ENV_URL"] = Environment.BaseAddress.ToString(),
            ["DT_API_TOKEN"] = Token,
        };
        foreach (var (name, value) in extra)
        {
            variables[name] = value;
        }

        return variables;
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(Variables(), args);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, IsTerminal: false, CliRunner.RepoRoot);
        var environment = new DictionaryEnvironmentReader(variables);
        var root = new RootCommand
        {
            DeployEventCommand.Create(io, environment, TimeProvider.System),
            GateCommand.Create(io, environment, TimeProvider.System),
            TraceCommand.Create(io, environment, TimeProvider.System),
        };
        var parse = root.Parse(args);
        if (GateVerbs.ParseErrorExitCode(parse) is { } parseError)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("error: " + e.Message);
            }

            return new CliResult(parseError, output.ToString(), error.ToString());
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = await parse.InvokeAsync(configuration, CancellationToken.None);
            return new CliResult(code, output.ToString(), error.ToString());
        }
        catch (CliException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return new CliResult(ex.ExitCode, output.ToString(), error.ToString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Environment.DisposeAsync();
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement.Clone();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
