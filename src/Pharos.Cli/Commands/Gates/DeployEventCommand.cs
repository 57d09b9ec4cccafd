using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Sync.Gates;

namespace Pharos.Cli.Commands.Gates;

public sealed record DeployEventArguments(DeploymentEventInput Input, GateConnectionArguments Connection, OutputFormat Output);

/// <summary>
/// <c>pharos deploy-event --service S --env E --version V …</c>: one CUSTOM_DEPLOYMENT event on the
/// service's entities. Flags are validated against Dynatrace's limits before anything is sent, and the
/// per-entity ingest results are checked afterwards: an event that reached no entity, or that an entity
/// rejected, is an error (exit 4), because nobody could find that deployment later.
/// </summary>
public sealed class DeployEventCommand(IOContext io, IEnvironmentReader environment, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    /// <param name="environment">Where CI variables, DT_ENV_URL and DT_API_TOKEN are read.</param>
    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var target = new GateTargetOptions();
        var connection = new GateConnectionOptions();
        var flags = new DeployEventOptions();
        var output = new Option<string?>("--output", "-o") { Description = "stdout format: text (default) or json." };
        var command = new Command("deploy-event", "Record a deployment in Dynatrace: a CUSTOM_DEPLOYMENT event on the service's entities, with version, commit and pipeline link (read from GitHub Actions or GitLab CI when not given).");
        target.AddTo(command);
        flags.AddTo(command);
        connection.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parse, ct) => new DeployEventCommand(io, environment, clock).RunAsync(
            new DeployEventArguments(flags.Read(parse, target), connection.Read(parse, environment), GateInput.Output(parse.GetValue(output))), ct));
        return command;
    }

    public async Task<int> RunAsync(DeployEventArguments args, CancellationToken cancellationToken)
    {
        // Bad flags are reported before the connection is even checked: nothing would be sent anyway.
        var build = DeploymentEventBuilder.Build(args.Input, environment, clock);
        if (build.HasErrors)
        {
            var rejected = new DeploymentEventResult(null, null, build.Ci, build.Diagnostics);
            DeployEventOutput.Write(io, args.Output, rejected);
            return rejected.ExitCode;
        }

        using var session = GateSession.Open(args.Connection, io);
        var result = await DeploymentEventPublisher.PublishAsync(args.Input, environment, session.Source, clock, cancellationToken);
        DeployEventOutput.Write(io, args.Output, result);
        return result.ExitCode;
    }
}

/// <summary>The deployment's own flags; <c>--service</c>, <c>--env</c> and <c>--entity-selector</c> come from <see cref="GateTargetOptions"/>.</summary>
internal sealed class DeployEventOptions
{
    public Option<string?> Version { get; } = new("--version") { Description = "The version deployed (dt.event.deployment.version)." };

    public Option<string?> Commit { get; } = new("--commit") { Description = "The commit SHA (default: GITHUB_SHA or CI_COMMIT_SHA)." };

    public Option<string?> PipelineUrl { get; } = new("--pipeline-url") { Description = "Link to the pipeline run (default: the GitHub Actions run or CI_PIPELINE_URL)." };

    public Option<string?> Project { get; } = new("--project") { Description = "The project (default: GITHUB_REPOSITORY or CI_PROJECT_PATH)." };

    public Option<string?> Stage { get; } = new("--stage") { Description = "The release stage (default: --env)." };

    public Option<string?> Product { get; } = new("--product") { Description = "The release product (default: --service)." };

    public Option<string?> BuildVersion { get; } = new("--build-version") { Description = "The build version, when it differs from --version." };

    public Option<string?> RemediationUrl { get; } = new("--remediation-url") { Description = "Link to a rollback or runbook." };

    public Option<string?> Title { get; } = new("--title") { Description = "The event title (default: Deploy <service> <version> to <env>)." };

    public Option<string?> StartTime { get; } = new("--start-time") { Description = "When the deployment happened (ISO 8601; default: when Dynatrace receives the event)." };

    public Option<string[]> Properties { get; } = new("--property")
    {
        Description = "An extra event property key=value (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Version, Commit, PipelineUrl, Project, Stage, Product, BuildVersion, RemediationUrl, Title, StartTime, Properties })
        {
            command.Options.Add(option);
        }
    }

    public DeploymentEventInput Read(ParseResult parse, GateTargetOptions target)
    {
        var service = GateInput.Optional(parse.GetValue(target.Service));
        var env = GateInput.Optional(parse.GetValue(target.Environment));
        var selector = GateInput.Optional(parse.GetValue(target.EntitySelector));
        return new DeploymentEventInput
        {
            Service = service,
            Environment = env,
            Version = parse.GetValue(Version),
            EntitySelector = service is not null && env is not null ? GateTargets.For(service, env, selector).EntitySelector : selector,
            Commit = parse.GetValue(Commit),
            PipelineUrl = parse.GetValue(PipelineUrl),
            Project = parse.GetValue(Project),
            Stage = parse.GetValue(Stage),
            Product = parse.GetValue(Product),
            BuildVersion = parse.GetValue(BuildVersion),
            RemediationActionLink = parse.GetValue(RemediationUrl),
            Title = parse.GetValue(Title),
            StartTime = GateInput.Time(parse.GetValue(StartTime), "--start-time"),
            ExtraProperties = (parse.GetValue(Properties) ?? []).Select(GateInput.Property).ToList(),
        };
    }
}
