namespace Pharos.Gates.Decisions;

/// <summary>
/// What every gate needs besides data and policy: the clock (tests pass a fake one) and the
/// environment's URL, used only to link problems in reports.
/// </summary>
public sealed record GateContext(TimeProvider Clock, Uri? EnvironmentUrl = null);
