using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller;

/// <summary>
/// What a reconcile achieved, so the controller can set each ConfigMap's status. A document is
/// failed when <see cref="Error"/> is set (the whole reconcile failed), when a
/// <see cref="TargetFailure"/> names its service (and environment), or when an error
/// <see cref="Diagnostics"/> entry is located in its file (translation and validation diagnostics
/// carry the ConfigMap's <c>&lt;namespace&gt;/&lt;name&gt;</c> or path as their file). Messages
/// must not contain secrets: they are written into annotations.
/// </summary>
public sealed record ReconcileOutcome(string? Error, IReadOnlyList<TargetFailure> Failures, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ReconcileOutcome Success { get; } = new(null, [], []);

    public static ReconcileOutcome Failed(string error) => new(error, [], []);

    public static ReconcileOutcome FromDiagnostics(IReadOnlyList<Diagnostic> diagnostics) => new(null, [], diagnostics);

    public bool Succeeded => Error is null && Failures.Count == 0 && !Diagnostics.Any(d => d.IsError);
}

/// <summary>A service (in one environment, or all when <see cref="Environment"/> is null) whose objects could not be brought in line.</summary>
public sealed record TargetFailure(string Service, string? Environment, string Message);
