using System.CommandLine;
using Pharos.Gates.Decisions;
using Pharos.Sync.Gates;

namespace Pharos.Cli.Commands.Gates;

/// <summary><c>--service</c>, <c>--env</c> and <c>--entity-selector</c>: which entities a gate or deployment event is about.</summary>
internal sealed class GateTargetOptions
{
    public Option<string?> Service { get; } = new("--service", "-s")
    {
        Description = "The catalog service, e.g. payment-processor (its entities carry the tag [Kubernetes]app:<service>).",
    };

    public Option<string?> Environment { get; } = new("--env", "-e")
    {
        Description = "The catalog environment, e.g. prod (its entities carry the tag [Kubernetes]cost.environment:<env>).",
    };

    public Option<string?> EntitySelector { get; } = new("--entity-selector")
    {
        Description = "Use this entity selector instead of the service's tags, e.g. to reach process group instances.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Service);
        command.Options.Add(Environment);
        command.Options.Add(EntitySelector);
    }

    public GateTarget Read(ParseResult parse) => GateTargets.For(
        GateInput.Required(parse.GetValue(Service), "--service", "catalog service"),
        GateInput.Required(parse.GetValue(Environment), "--env", "catalog environment"),
        GateInput.Optional(parse.GetValue(EntitySelector)));
}
