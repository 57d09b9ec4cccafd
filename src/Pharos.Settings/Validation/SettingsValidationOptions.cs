namespace Pharos.Settings;

/// <summary>How violation paths are built and what the validator may know about existing objects.</summary>
public sealed record SettingsValidationOptions
{
    /// <summary>Position of the object in the request array: paths start with <c>&lt;schemaId&gt;/&lt;Index&gt;</c>.</summary>
    public int Index { get; init; }

    /// <summary>Replaces <c>&lt;schemaId&gt;/&lt;Index&gt;</c> as the path prefix; "" gives bare property paths.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>
    /// objectId → schemaId of the settings objects that exist. When set, values of <c>setting</c>
    /// properties must name one of them (of the <c>referencedType</c> schema); when null only their
    /// format is checked.
    /// </summary>
    public IReadOnlyDictionary<string, string>? KnownObjects { get; init; }

    internal string PrefixFor(string schemaId) => PathPrefix ?? $"{schemaId}/{Index}";
}
