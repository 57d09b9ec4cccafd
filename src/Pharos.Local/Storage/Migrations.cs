namespace Pharos.Local.Storage;

// Append new steps at the end; never edit a released step, because data directories created by
// older builds have already applied it.
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "API tokens and settings objects", """
            CREATE TABLE api_tokens (
                token_id     TEXT PRIMARY KEY,
                name         TEXT NOT NULL,
                scopes       TEXT NOT NULL,
                salt         BLOB NOT NULL,
                secret_hash  BLOB NOT NULL,
                created_ms   INTEGER NOT NULL,
                revoked_ms   INTEGER NULL
            );
            CREATE TABLE settings_objects (
                object_id      TEXT PRIMARY KEY,
                schema_id      TEXT NOT NULL,
                schema_version TEXT NOT NULL,
                scope          TEXT NOT NULL,
                external_id    TEXT NULL,
                value_json     TEXT NOT NULL,
                summary        TEXT NOT NULL,
                position       REAL NOT NULL,
                update_token   TEXT NOT NULL,
                created_ms     INTEGER NOT NULL,
                modified_ms    INTEGER NOT NULL,
                created_by     TEXT NOT NULL,
                modified_by    TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ux_settings_objects_external_id
                ON settings_objects(schema_id, external_id) WHERE external_id IS NOT NULL;
            CREATE INDEX ix_settings_objects_schema_scope ON settings_objects(schema_id, scope, position);
            """),
        new(2, "Monitored entities", """
            CREATE TABLE entities (
                entity_id             TEXT PRIMARY KEY,
                type                  TEXT NOT NULL,
                display_name          TEXT NOT NULL,
                first_seen_ms         INTEGER NOT NULL,
                last_seen_ms          INTEGER NOT NULL,
                tags_json             TEXT NOT NULL,
                management_zones_json TEXT NOT NULL,
                properties_json       TEXT NOT NULL
            );
            CREATE INDEX ix_entities_type_name ON entities(type, display_name);
            """),
        new(3, "Events, problems and problem comments", """
            CREATE TABLE events (
                event_id        TEXT PRIMARY KEY,
                correlation_id  TEXT NOT NULL,
                event_type      TEXT NOT NULL,
                title           TEXT NOT NULL,
                start_ms        INTEGER NOT NULL,
                end_ms          INTEGER NOT NULL,
                entity_json     TEXT NOT NULL,
                properties_json TEXT NOT NULL,
                dedupe_key      TEXT NOT NULL,
                problem_id      TEXT NULL
            );
            CREATE INDEX ix_events_start ON events(start_ms);
            CREATE INDEX ix_events_dedupe ON events(dedupe_key, end_ms);
            CREATE TABLE problems (
                problem_id     TEXT PRIMARY KEY,
                display_id     TEXT NOT NULL UNIQUE,
                title          TEXT NOT NULL,
                severity_level TEXT NOT NULL,
                impact_level   TEXT NOT NULL,
                start_ms       INTEGER NOT NULL,
                planned_end_ms INTEGER NOT NULL,
                closed_ms      INTEGER NULL,
                entities_json  TEXT NOT NULL,
                dedupe_key     TEXT NOT NULL
            );
            CREATE INDEX ix_problems_start ON problems(start_ms);
            CREATE INDEX ix_problems_dedupe ON problems(dedupe_key, planned_end_ms);
            CREATE TABLE problem_comments (
                comment_id  TEXT PRIMARY KEY,
                problem_id  TEXT NOT NULL REFERENCES problems(problem_id) ON DELETE CASCADE,
                created_ms  INTEGER NOT NULL,
                author_name TEXT NOT NULL,
                content     TEXT NOT NULL,
                context     TEXT NULL
            );
            CREATE INDEX ix_problem_comments_problem ON problem_comments(problem_id, created_ms);
            CREATE TABLE sequences (
                name  TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            );
            """),
        new(4, "Evaluation: problem root cause and maintenance, evaluator state, delivery log", """
            ALTER TABLE problems ADD COLUMN root_cause_json TEXT NULL;
            ALTER TABLE problems ADD COLUMN under_maintenance INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_events_problem ON events(problem_id);
            CREATE TABLE evaluation_state (
                id         INTEGER PRIMARY KEY CHECK (id = 1),
                state_json TEXT NOT NULL,
                saved_ms   INTEGER NOT NULL
            );
            CREATE TABLE delivery_log (
                seq               INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms             INTEGER NOT NULL,
                delivery_id       TEXT NOT NULL,
                notification_id   TEXT NOT NULL,
                notification_name TEXT NOT NULL,
                channel           TEXT NOT NULL,
                problem_id        TEXT NOT NULL,
                display_id        TEXT NOT NULL,
                state             TEXT NOT NULL,
                attempt           INTEGER NOT NULL,
                outcome           TEXT NOT NULL,
                target            TEXT NOT NULL,
                status_code       INTEGER NULL,
                detail            TEXT NULL,
                next_attempt_ms   INTEGER NULL
            );
            CREATE INDEX ix_delivery_log_at ON delivery_log(at_ms);
            CREATE INDEX ix_delivery_log_problem ON delivery_log(problem_id, at_ms);
            """),
    ];
}
