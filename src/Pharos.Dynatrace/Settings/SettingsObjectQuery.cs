namespace Pharos.Dynatrace.Settings;

/// <summary>
/// Which objects <c>GET /settings/objects</c> lists. At least one schema id or scope is required.
/// A scope matches only objects directly on it. <see cref="Fields"/> empty = the API default
/// (objectId, value); see <see cref="SettingsFields"/>. <see cref="PageSize"/> defaults to the
/// maximum, 500, so a no-op sync costs ⌈n/500⌉ requests per schema.
/// </summary>
public sealed record SettingsObjectQuery
{
    public IReadOnlyList<string> SchemaIds { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Scopes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> ExternalIds { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Fields { get; init => field = value ?? []; } = [];

    public int PageSize { get; init; } = SettingsFields.MaxPageSize;
}
