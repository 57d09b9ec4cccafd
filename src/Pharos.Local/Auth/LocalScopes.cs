namespace Pharos.Local.Auth;

/// <summary>The scopes the local environment's endpoints require, named exactly as Dynatrace names them.</summary>
public static class LocalScopes
{
    public static ApiScope SettingsRead { get; } = new("settings.read", "Read settings", "settings:objects:read");
    public static ApiScope SettingsSchemasRead { get; } = new("settings.read", "Read settings", "settings:schemas:read");
    public static ApiScope SettingsWrite { get; } = new("settings.write", "Write settings", "settings:objects:write");
    public static ApiScope MetricsIngest { get; } = new("metrics.ingest", "Ingest metrics", "storage:metrics:write");
    public static ApiScope MetricsRead { get; } = new("metrics.read", "Read metrics", "environment-api:metrics:read");
    public static ApiScope MetricsWrite { get; } = new("metrics.write", "Write metrics", "environment-api:metrics:write");
    public static ApiScope EventsIngest { get; } = new("events.ingest", "Ingest events", "environment-api:events:write");
    public static ApiScope EventsRead { get; } = new("events.read", "Read events", "environment-api:events:read");
    public static ApiScope ProblemsRead { get; } = new("problems.read", "Read problems", "environment-api:problems:read");
    public static ApiScope ProblemsWrite { get; } = new("problems.write", "Write problems", "environment-api:problems:write");
    public static ApiScope EntitiesRead { get; } = new("entities.read", "Read entities", "environment-api:entities:read");
    public static ApiScope EntitiesWrite { get; } = new("entities.write", "Write entities", "environment-api:entities:write");
    public static ApiScope SloRead { get; } = new("slo.read", "Read SLO", "environment-api:slo:read");
    public static ApiScope SloWrite { get; } = new("slo.write", "Write SLO", "environment-api:slo:write");
}
