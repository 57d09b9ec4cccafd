using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Gates.Traceability;

namespace Pharos.Cli.Commands.Gates;

public sealed record TraceProblemArguments(string ProblemId, TimeSpan Lookback, GateConnectionArguments Connection, OutputFormat Output)
{
    /// <summary><c>--comment</c>: also put the suspect deployment on the problem as a comment (once).</summary>
    public bool Comment { get; init; }
}

/// <summary>
/// <c>pharos trace problem P-2503141</c>: the problem, the latest deployment on each of its root-cause
/// and affected entities before it started, and the suspect (see <see cref="ProblemTrace.Suspect"/>).
/// With <c>--comment</c> the suspect's version, commit and pipeline link go onto the problem as a
/// comment, unless the problem already has that exact comment.
/// </summary>
public sealed class TraceProblemCommand(IOContext io, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var problem = new Argument<string>("problem") { Description = "The problem id, or its display id (P-…) from the last --lookback." };
        var lookback = new Option<string?>("--lookback") { Description = "How far before the problem to look for deployments, and back from now for a display id (default 30d)." };
        var connection = new GateConnectionOptions();
        var output = new Option<string?>("--output", "-o") { Description = "stdout format: text (default) or json." };
        var comment = new Option<bool>("--comment") { Description = "Also comment the suspect deployment (version, commit, pipeline link) onto the problem, once (needs problems.write)." };
        var command = new Command("problem", "Which deployment came before this problem? Lists the latest deployment on each of its entities and names the suspect.");
        command.Arguments.Add(problem);
        command.Options.Add(lookback);
        connection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(comment);
        command.SetAction((parse, ct) => new TraceProblemCommand(io, clock).RunAsync(
            new TraceProblemArguments(
                GateInput.Required(parse.GetValue(problem), "PROBLEM", "problem id or display id"),
                GateInput.Duration(parse.GetValue(lookback), "--lookback") ?? TraceQueries.DefaultLookback,
                connection.Read(parse, environment),
                GateInput.Output(parse.GetValue(output)))
            {
                Comment = parse.GetValue(comment),
            },
            ct));
        return command;
    }

    public async Task<int> RunAsync(TraceProblemArguments args, CancellationToken cancellationToken)
    {
        using var session = GateSession.Open(args.Connection, io);
        var result = await TraceQueries.TraceProblemAsync(session.Source, args.ProblemId, args.Lookback, clock, cancellationToken);
        CommentOutcome? comment = null;
        if (args.Comment && result.Value is { } found)
        {
            comment = await ProblemCommenter.CommentAsync(new DynatraceProblemComments(session.Client), found, cancellationToken);
            result = result with { Requests = [.. result.Requests, .. comment.Requests], Diagnostics = [.. result.Diagnostics, .. comment.Diagnostics] };
        }

        if (args.Output == OutputFormat.Json)
        {
            TraceJson.WriteProblem(io.Output, result, session.EnvironmentUrl, comment);
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, result.Diagnostics, io.WorkingDirectory);
            if (result.Value is { } trace)
            {
                TraceText.WriteProblem(io.Output, trace, args.Lookback, session.EnvironmentUrl);
            }

            if (comment is not null)
            {
                TraceText.WriteComment(io.Output, comment);
            }

            TraceText.WriteRequests(io.Output, result.Requests);
        }

        return result.ExitCode;
    }
}
