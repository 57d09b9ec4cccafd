using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pharos.Local.Http;

namespace Pharos.Local.Storage.Events;

/// <summary>
/// The one mapping of a <see cref="StoredEvent"/> to an <c>events</c> row, shared by the events store (ingest) and
/// the evaluation store (events the evaluator raises or closes), so the two writers can never disagree on a column.
/// </summary>
internal static class EventRow
{
    public const string Columns = "event_id, correlation_id, event_type, title, start_ms, end_ms, entity_json, properties_json, dedupe_key, problem_id";

    public const string Values = "$id, $correlation, $type, $title, $start, $end, $entity, $properties, $dedupe, $problem";

    public static SqliteCommand BindEvent(this SqliteCommand command, StoredEvent stored) => command
        .With("$id", stored.EventId)
        .With("$correlation", stored.CorrelationId)
        .With("$type", stored.EventType)
        .With("$title", stored.Title)
        .With("$start", stored.StartMillis)
        .With("$end", stored.EndMillis)
        .With("$entity", JsonSerializer.Serialize(stored.Entity, ApiJson.Options))
        .With("$properties", JsonSerializer.Serialize(stored.Properties, ApiJson.Options))
        .With("$dedupe", stored.DedupeKey)
        .With("$problem", stored.ProblemId);
}
