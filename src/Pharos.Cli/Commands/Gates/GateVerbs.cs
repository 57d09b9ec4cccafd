using System.CommandLine;
using System.CommandLine.Parsing;
using Pharos.Gates.Decisions;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// The verbs whose exit codes follow the gate contract (0 pass … 4 error). System.CommandLine answers
/// its own parse errors (an unknown flag, a flag without its value) with 1, which a pipeline would
/// read as "the gate failed"; <see cref="ParseErrorExitCode"/> lets the composition root answer 4.
/// </summary>
public static class GateVerbs
{
    public static IReadOnlyList<string> Names { get; } = ["deploy-event", "gate", "trace"];

    /// <summary>4 when <paramref name="parse"/> has errors and is for one of <see cref="Names"/>; null otherwise.</summary>
    public static int? ParseErrorExitCode(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Errors.Count == 0)
        {
            return null;
        }

        SymbolResult? result = parse.CommandResult;
        string? verb = null;
        while (result is CommandResult { Parent: CommandResult } command)
        {
            verb = command.Command.Name;
            result = command.Parent;
        }

        return verb is not null && Names.Contains(verb, StringComparer.Ordinal) ? GateExitCodes.Error : null;
    }
}
