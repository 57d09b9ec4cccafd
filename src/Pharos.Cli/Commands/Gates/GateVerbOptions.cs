using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;

namespace Pharos.Cli.Commands.Gates;

/// <summary>What every <c>pharos gate …</c> verb reads: the target, the environment and the report options.</summary>
public sealed record GateArguments(GateTarget Target, GateConnectionArguments Connection, GateReportArguments Report);

/// <summary>The options every gate verb has, created fresh per command (a System.CommandLine symbol has one parent).</summary>
internal sealed class GateVerbOptions
{
    public GateTargetOptions Target { get; } = new();

    public GateConnectionOptions Connection { get; } = new();

    public GateReportOptions Report { get; } = new();

    public void AddTo(Command command)
    {
        Target.AddTo(command);
        Connection.AddTo(command);
        Report.AddTo(command);
    }

    public GateArguments Read(ParseResult parse, IOContext io, IEnvironmentReader environment) =>
        new(Target.Read(parse), Connection.Read(parse, environment), Report.Read(parse, io));
}
