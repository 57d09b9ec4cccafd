using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

/// <param name="Since">--since; null: from the latest deployment event.</param>
/// <param name="Observe">--observe; null: decide once.</param>
/// <param name="PollInterval">--poll-interval; null: the policy's (1 minute).</param>
public sealed record PostDeployArguments(GateArguments Gate, DateTimeOffset? Since, TimeSpan? Observe, TimeSpan? PollInterval);

/// <summary>
/// <c>pharos gate post-deploy --service S --env E [--since T] [--observe 10m]</c>: FAILED (exit 1) on a
/// critical problem since the deployment, DEGRADED (exit 2) on more than two problems, HEALTHY otherwise.
/// </summary>
public sealed class PostDeployCommand(IOContext io, IEnvironmentReader environment, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var options = new GateVerbOptions();
        var since = new Option<string?>("--since") { Description = "Count problems from this time (ISO 8601, UTC unless it says otherwise) instead of the latest deployment event." };
        var observe = new Option<string?>("--observe") { Description = "Keep watching for this long (e.g. 10m): FAILED ends it at once, HEALTHY only counts when the window closes." };
        var poll = new Option<string?>("--poll-interval") { Description = "With --observe: how often to look (default 1m)." };
        var command = new Command("post-deploy", "Did the deployment bring problems? FAILED on a critical problem since the deployment, DEGRADED on more than two problems.");
        options.AddTo(command);
        command.Options.Add(since);
        command.Options.Add(observe);
        command.Options.Add(poll);
        command.SetAction((parse, ct) => new PostDeployCommand(io, environment, clock).RunAsync(
            new PostDeployArguments(
                options.Read(parse, io, environment),
                GateInput.Time(parse.GetValue(since), "--since"),
                GateInput.Duration(parse.GetValue(observe), "--observe"),
                GateInput.Duration(parse.GetValue(poll), "--poll-interval")),
            ct));
        return command;
    }

    public async Task<int> RunAsync(PostDeployArguments args, CancellationToken cancellationToken)
    {
        var policy = await args.Gate.PolicyAsync(io, cancellationToken);
        if (args.PollInterval is { } interval)
        {
            policy = CatalogGatePolicy.FromFlag(policy with { PostDeploy = policy.PostDeploy with { ObservePollInterval = interval } }, "postDeploy.observePollInterval", "--poll-interval");
        }

        using var session = GateSession.Open(args.Gate.Connection, io);

        var input = new PostDeployInput(args.Gate.Target, args.Since);
        var context = session.Context(clock);
        Decision decision;
        if (args.Observe is { } duration)
        {
            var observation = await PostDeployObserver.ObserveAsync(
                session.Source, input, policy, context, new ObserveOptions(duration, policy.PostDeploy.ObservePollInterval),
                new PollProgress(io.Error, clock), cancellationToken);
            decision = observation.Decision;
        }
        else
        {
            decision = await PostDeployGate.EvaluateAsync(session.Source, input, policy, context, cancellationToken);
        }

        return await DecisionWriter.WriteAsync(decision, args.Gate.Report, io, environment, cancellationToken);
    }

    /// <summary>One line per poll on stderr, so a watching pipeline shows it is alive.</summary>
    private sealed class PollProgress(TextWriter error, TimeProvider clock) : IProgress<Decision>
    {
        private int _polls;

        public void Report(Decision value)
        {
            _polls++;
            var time = clock.GetUtcNow().UtcDateTime.ToString("HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            error.WriteLine($"[{time}] poll {_polls}: {value.Verdict}: {value.Summary}");
        }
    }
}
