namespace Pharos.Local.Settings;

/// <summary>
/// Told about settings changes after they are committed, so other parts of the environment can follow
/// them (the metric store takes its descriptor metadata from <c>builtin:metric.metadata</c> objects).
/// Called inside the settings write gate, in commit order, and never with the client's cancellation:
/// the change has happened whether or not the client still waits. Must not throw for expected failures.
/// </summary>
internal interface ISettingsChangeListener
{
    Task OnCommittedAsync(IReadOnlyList<SettingsChange> changes, CancellationToken cancellationToken);
}

/// <summary>One committed change: the object's new value, or null when it was deleted.</summary>
internal sealed record SettingsChange(string ObjectId, string SchemaId, string Scope, string? ValueJson)
{
    public bool IsDelete => ValueJson is null;
}
