using Pharos.Core.Diagnostics;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Traceability;

/// <summary>
/// The answer of a trace command: <see cref="Value"/> is null when a diagnostic explains why
/// (PH6060 no such problem, PH6061 environment unavailable). <see cref="Requests"/> are the API
/// requests made, for the report.
/// </summary>
public sealed record TraceResult<T>(T? Value, IReadOnlyList<string> Requests, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public int ExitCode => Value is not null && !Diagnostics.Any(d => d.IsError) ? GateExitCodes.Pass : GateExitCodes.Error;
}
