using Pharos.Local.Storage.Entities;

namespace Pharos.Local.Entities;

internal sealed class LocalEntityRegistry : ILocalEntityRegistry
{
    private readonly IEntityStore _store;
    private readonly TimeProvider _time;

    public LocalEntityRegistry(IEntityStore store, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<LocalEntity> RegisterAsync(EntityRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (!EntityTypes.All.Contains(registration.Type))
        {
            throw new ArgumentException(
                $"Expected an entity type such as SERVICE or HOST ({string.Join(", ", EntityTypes.All.Order(StringComparer.Ordinal))}). Actual value: '{registration.Type}'.",
                nameof(registration));
        }

        if (string.IsNullOrWhiteSpace(registration.DisplayName))
        {
            throw new ArgumentException("Expected a non-empty entity display name. Actual value is empty.", nameof(registration));
        }

        var id = registration.EntityId ?? EntityTypes.DeriveId(registration.Type, registration.DisplayName);
        if (EntityTypes.TypeOfId(id) != registration.Type)
        {
            throw new ArgumentException($"Expected an entity id starting with '{registration.Type}-'. Actual value: '{id}'.", nameof(registration));
        }

        var properties = EntityRelationships.ToStoredProperties(registration);
        var now = _time.GetUtcNow();
        var existing = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var entity = new LocalEntity(
            id, registration.Type, registration.DisplayName, existing?.FirstSeen ?? now, now,
            registration.Tags, registration.ManagementZones, properties);
        await _store.UpsertAsync(entity, cancellationToken).ConfigureAwait(false);
        return entity;
    }

    public Task<LocalEntity?> GetAsync(string entityId, CancellationToken cancellationToken) => _store.GetAsync(entityId, cancellationToken);

    /// <summary>The entity with this type and name, created on first reference (events name entities that way).</summary>
    public async Task<LocalEntity> EnsureAsync(string type, string displayName, CancellationToken cancellationToken)
    {
        var existing = await _store.GetAsync(EntityTypes.DeriveId(type, displayName), cancellationToken).ConfigureAwait(false);
        return existing ?? await RegisterAsync(new EntityRegistration(type, displayName), cancellationToken).ConfigureAwait(false);
    }
}
