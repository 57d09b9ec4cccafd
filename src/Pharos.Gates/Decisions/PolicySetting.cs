namespace Pharos.Gates.Decisions;

/// <summary>
/// One policy setting a decision used, its value and where that value came from: a CLI flag, the
/// catalog layer and file:line, or the seed-002 default — so a reviewer can tell why a threshold is what it is.
/// </summary>
public sealed record PolicySetting(string Setting, string Value, string Source);
