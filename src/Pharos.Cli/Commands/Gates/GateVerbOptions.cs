using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

/// <summary>What every <c>pharos gate …</c> verb reads: the target, the environment and the report options.</summary>
public sealed record GateArguments(GateTarget Target, GateConnectionArguments Connection, GateReportArguments Report)
{
    /// <summary><c>--catalog</c> or <c>--generated</c>; null: the seed-002 defaults.</summary>
    public GatePolicySource? PolicySource { get; init; }

    /// <summary>
    /// The policy to decide with: defaults, then the catalog's gates for the target, then
    /// <c>--warnings-pass</c> (a flag beats the catalog). Prints and throws (exit 4) on a bad catalog.
    /// </summary>
    public async Task<GatePolicy> PolicyAsync(IOContext io, CancellationToken cancellationToken)
    {
        var policy = await GatePolicyLoader.LoadAsync(PolicySource, Target, io, cancellationToken);
        return Report.WarningsPass
            ? CatalogGatePolicy.FromFlag(policy with { WarningsPass = true }, "warningsPass", "--warnings-pass")
            : policy;
    }
}

/// <summary>The options every gate verb has, created fresh per command (a System.CommandLine symbol has one parent).</summary>
internal sealed class GateVerbOptions
{
    public GateTargetOptions Target { get; } = new();

    public GateConnectionOptions Connection { get; } = new();

    public GateReportOptions Report { get; } = new();

    public GatePolicyOptions Policy { get; } = new();

    public void AddTo(Command command)
    {
        Target.AddTo(command);
        Connection.AddTo(command);
        Report.AddTo(command);
        Policy.AddTo(command);
    }

    public GateArguments Read(ParseResult parse, IOContext io, IEnvironmentReader environment) =>
        new(Target.Read(parse), Connection.Read(parse, environment), Report.Read(parse, io)) { PolicySource = Policy.Read(parse, io) };
}
