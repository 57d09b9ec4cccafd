namespace Pharos.Catalog.Model;

/// <summary>
/// An <c>enabledIn</c> value such as <c>int-stable</c> or <c>prod</c>: the tier is the text before
/// the first '-', the channel the text after it (or <c>stable</c>).
/// </summary>
public sealed record EnvironmentId(string Id, string Tier, string Channel)
{
    public static IReadOnlyList<string> Tiers { get; } = ["int", "pre", "prod"];

    public static EnvironmentId Parse(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? new EnvironmentId(id, id, "stable")
            : new EnvironmentId(id, id[..dash], id[(dash + 1)..]);
    }

    public bool HasKnownTier => Tiers.Contains(Tier);

    /// <summary>An override key applies when it names this environment or its tier.</summary>
    public bool Matches(string key) => key == Id || key == Tier;

    public override string ToString() => Id;
}
