namespace Pharos.Evaluation.Entities;

/// <summary>
/// What the evaluator knows about a monitored entity: id, type, display name, tags (in their string
/// representation, e.g. <c>[Kubernetes]app:payments</c>) and management zones. Shaped like Pharos.Local's
/// <c>EntityRef</c> so the two convert one to one.
/// </summary>
public sealed record EntityInfo(string Id, string Type, string Name, IReadOnlyList<string> Tags, IReadOnlyList<ManagementZoneRef> ManagementZones)
{
    /// <summary>Where an event without an entity dimension is raised (<c>dt.entity.environment</c>), as in Pharos.Local.</summary>
    public static EntityInfo Environment { get; } = new("ENVIRONMENT-0000000000000001", "ENVIRONMENT", "environment", [], []);

    /// <summary>An entity known only by its id: the type is the id's prefix (<c>SERVICE-1A2B</c> → SERVICE) and the name is the id.</summary>
    public static EntityInfo FromId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dash = id.LastIndexOf('-');
        var type = dash > 0 ? id[..dash] : "UNKNOWN";
        return new EntityInfo(id, type, id, [], []);
    }

    /// <summary>Whether <paramref name="text"/> looks like an entity id (<c>TYPE-HEX</c>).</summary>
    public static bool LooksLikeId(string text)
    {
        var dash = text.LastIndexOf('-');
        if (dash <= 0 || dash == text.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < dash; i++)
        {
            if (!(char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '_'))
            {
                return false;
            }
        }

        for (var i = dash + 1; i < text.Length; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A management zone: its numeric id (as problems and events report it), its name and, when known, the
/// objectId of its <c>builtin:management-zones</c> object (as alerting profiles reference it).
/// </summary>
public sealed record ManagementZoneRef(string Id, string Name, string? SettingsObjectId = null)
{
    public bool Matches(string reference) =>
        string.Equals(Id, reference, StringComparison.Ordinal) || string.Equals(SettingsObjectId, reference, StringComparison.Ordinal);
}
