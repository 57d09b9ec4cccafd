namespace Pharos.Sync.Engine;

/// <summary>
/// One leaf of a settings value that differs between the environment and the catalog.
/// <see cref="Path"/> is a JSON pointer (<c>/eventTemplate/title</c>); <see cref="Before"/> and
/// <see cref="After"/> are canonical JSON, null when the leaf is absent on that side. Secrets are masked.
/// </summary>
public sealed record ValueChange(string Path, string? Before, string? After);
