using System.Globalization;
using System.Text.Json;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Traceability;

namespace Pharos.Cli.Commands.Gates;

/// <summary><c>pharos trace … --output json</c>: schemaVersion 1; times are ISO 8601 UTC.</summary>
internal static class TraceJson
{
    public static void WriteProblem(TextWriter output, TraceResult<ProblemTrace> result, Uri environmentUrl, CommentOutcome? comment = null) => JsonOutput.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteBoolean("ok", result.ExitCode == GateExitCodes.Pass);
        w.WriteNumber("exitCode", result.ExitCode);
        if (result.Value is { } trace)
        {
            w.WritePropertyName("problem");
            Problem(w, trace.Problem, environmentUrl);
            w.WritePropertyName("suspect");
            Deployment(w, trace.Suspect);
            w.WriteStartArray("entities");
            foreach (var entity in trace.Entities)
            {
                w.WriteStartObject();
                w.WriteString("entityId", entity.Entity.Id);
                w.WriteString("type", entity.Entity.Type);
                w.WriteString("name", entity.Entity.Name);
                w.WriteString("role", entity.Role == EntityRole.RootCause ? "rootCause" : "affected");
                w.WritePropertyName("latestDeployment");
                Deployment(w, entity.LatestDeployment);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (comment is not null)
        {
            w.WriteStartObject("comment");
            w.WriteString("status", comment.Status switch
            {
                CommentStatus.Added => "added",
                CommentStatus.Exists => "exists",
                CommentStatus.NoSuspect => "noSuspect",
                _ => "failed",
            });
            w.WriteString("id", comment.CommentId);
            w.WriteString("content", comment.Content);
            w.WriteEndObject();
        }

        Tail(w, result.Requests, result.Diagnostics);
        w.WriteEndObject();
    });

    public static void WriteDeployments(TextWriter output, GateTarget target, TimeWindow window, TraceResult<IReadOnlyList<DeploymentWithProblems>> result, Uri environmentUrl) =>
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteBoolean("ok", result.ExitCode == GateExitCodes.Pass);
            w.WriteNumber("exitCode", result.ExitCode);
            w.WriteString("service", target.Service);
            w.WriteString("environment", target.Environment);
            w.WriteString("entitySelector", target.EntitySelector);
            w.WriteString("from", Time(window.From));
            w.WriteString("to", Time(window.To));
            if (result.Value is { } deployments)
            {
                w.WriteStartArray("deployments");
                foreach (var (deployment, problems) in deployments)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("deployment");
                    Deployment(w, deployment);
                    w.WriteStartArray("problems");
                    foreach (var problem in problems)
                    {
                        Problem(w, problem, environmentUrl);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Tail(w, result.Requests, result.Diagnostics);
            w.WriteEndObject();
        });

    private static void Problem(Utf8JsonWriter w, GateProblem problem, Uri environmentUrl)
    {
        w.WriteStartObject();
        w.WriteString("problemId", problem.ProblemId);
        w.WriteString("displayId", problem.DisplayId);
        w.WriteString("title", problem.Title);
        w.WriteString("severityLevel", ProblemVocabulary.NormalizeSeverity(problem.SeverityLevel));
        w.WriteString("status", ProblemVocabulary.IsOpen(problem.Status) ? "OPEN" : "CLOSED");
        w.WriteString("startTime", Time(problem.StartTime));
        w.WriteString("endTime", problem.EndTime is { } end ? Time(end) : null);
        w.WriteString("link", ProblemLinks.For(environmentUrl, problem.ProblemId));
        w.WriteEndObject();
    }

    private static void Deployment(Utf8JsonWriter w, Deployment? deployment)
    {
        if (deployment is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("time", Time(deployment.Time));
        w.WriteString("version", deployment.Version);
        w.WriteString("commit", deployment.Commit);
        w.WriteString("pipelineUrl", deployment.CiBackLink);
        w.WriteString("project", deployment.Project);
        w.WriteString("releaseStage", deployment.ReleaseStage);
        w.WriteString("service", deployment.Service);
        w.WriteString("environment", deployment.Environment);
        w.WriteString("title", deployment.Title);
        w.WriteStartArray("entities");
        foreach (var entity in deployment.Entities)
        {
            w.WriteStringValue(entity.Id);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Tail(Utf8JsonWriter w, IReadOnlyList<string> requests, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics)
    {
        w.WriteStartArray("requests");
        foreach (var request in requests)
        {
            w.WriteStringValue(request);
        }

        w.WriteEndArray();
        DiagnosticPrinter.WriteJson(w, diagnostics);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
