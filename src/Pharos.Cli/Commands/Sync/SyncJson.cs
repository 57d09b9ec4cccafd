using System.Text.Json;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Engine;
using Pharos.Sync.Translation;

namespace Pharos.Cli.Commands.Sync;

/// <summary>The JSON shapes plan, apply and drift print (<c>--output json</c>). Values are the plan's masked canonical JSON.</summary>
internal static class SyncJson
{
    public static void WriteHeader(Utf8JsonWriter w, bool ok, SyncSession session)
    {
        w.WriteBoolean("ok", ok);
        w.WriteString("catalogId", session.Request.CatalogId);
        w.WriteString("environment", session.EnvironmentShown);
    }

    public static void WriteSummary(Utf8JsonWriter w, PlanResult plan)
    {
        w.WriteStartObject("summary");
        foreach (var action in Enum.GetValues<PlanAction>())
        {
            w.WriteNumber(Name(action), plan.CountOf(action));
        }

        w.WriteEndObject();
    }

    public static void WriteChanges(Utf8JsonWriter w, string name, IEnumerable<PlannedChange> changes)
    {
        w.WriteStartArray(name);
        foreach (var change in changes)
        {
            WriteChange(w, change);
        }

        w.WriteEndArray();
    }

    public static void WriteChange(Utf8JsonWriter w, PlannedChange change, Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("action", Name(change.Action));
        w.WriteString("kind", change.Kind is { } kind ? SettingsSchemas.KindName(kind) : null);
        w.WriteString("schemaId", change.SchemaId);
        w.WriteString("scope", change.Scope);
        w.WriteString("externalId", change.ExternalId);
        WriteOptional(w, "objectId", change.ObjectId);
        w.WriteString("summary", change.Label);
        WriteOptional(w, "reason", change.Reason);
        if (change.Desired is { } desired)
        {
            w.WriteStartObject("source");
            w.WriteString("layer", desired.Source.Layer);
            w.WriteString("file", desired.Source.Location.File);
            w.WriteNumber("line", desired.Source.Location.Line);
            w.WriteNumber("column", desired.Source.Location.Column);
            w.WriteEndObject();
        }

        extra?.Invoke(w);
        WriteRaw(w, "before", change.Before);
        WriteRaw(w, "after", change.After);
        if (change.Changes.Count > 0)
        {
            w.WriteStartArray("changes");
            foreach (var diff in change.Changes)
            {
                w.WriteStartObject();
                w.WriteString("path", diff.Path);
                WriteRaw(w, "before", diff.Before);
                WriteRaw(w, "after", diff.After);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (change.PendingReferences.Count > 0)
        {
            w.WriteStartArray("pendingReferences");
            foreach (var reference in change.PendingReferences)
            {
                w.WriteStartObject();
                w.WriteString("path", reference.Path);
                w.WriteString("externalId", reference.ExternalId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WriteNotSynced(Utf8JsonWriter w, IReadOnlyList<NotSyncedItem> items)
    {
        w.WriteStartArray("notSynced");
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("kind", item.Kind);
            w.WriteString("service", item.Service);
            w.WriteString("environment", item.Environment);
            w.WriteString("item", item.Item);
            w.WriteString("layer", item.Source.Layer);
            w.WriteString("file", item.Source.Location.File);
            w.WriteNumber("line", item.Source.Location.Line);
            w.WriteNumber("column", item.Source.Location.Column);
            w.WriteString("reason", item.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteRequests(Utf8JsonWriter w, DynatraceRequestCounter counter)
    {
        var stats = RequestStats.Of(counter);
        w.WriteStartObject("requests");
        w.WriteNumber("total", stats.Total);
        w.WriteNumber("listPages", stats.ListPages);
        w.WriteNumber("validateOnly", stats.Validations);
        w.WriteNumber("writes", stats.Writes);
        w.WriteNumber("retries", stats.Retries);
        w.WriteEndObject();
    }

    public static string Name(PlanAction action) => action.ToString().ToLowerInvariant();

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteRaw(Utf8JsonWriter w, string name, string? json)
    {
        if (json is not null)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(json, skipInputValidation: false);
        }
    }
}

/// <summary>What a run cost in HTTP requests: the figures the issue's targets are stated in.</summary>
internal sealed record RequestStats(long Total, long ListPages, long Validations, long Writes, long Retries)
{
    public static RequestStats Of(DynatraceRequestCounter counter)
    {
        var posts = counter.Snapshot().Where(t => t.Method == "POST" && t.PathTemplate == SettingsApi.ObjectsTemplate).ToList();
        return new RequestStats(
            counter.Total,
            counter.RequestsFor("GET", SettingsApi.ObjectsTemplate),
            posts.Sum(t => t.Requests - t.Writes),
            counter.Writes,
            counter.Retries);
    }

    public override string ToString() =>
        $"{Total} request{(Total == 1 ? "" : "s")}: {ListPages} list page{(ListPages == 1 ? "" : "s")}, {Validations} validateOnly, {Writes} write{(Writes == 1 ? "" : "s")} ({Retries} retried)";
}
