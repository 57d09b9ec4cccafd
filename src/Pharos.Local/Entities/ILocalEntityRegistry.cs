namespace Pharos.Local.Entities;

/// <summary>Registers and reads entities directly (the HTTP API only reads them, as in Dynatrace).</summary>
public interface ILocalEntityRegistry
{
    /// <summary>Creates or updates the entity; tags, zones and properties are replaced by the registration's.</summary>
    Task<LocalEntity> RegisterAsync(EntityRegistration registration, CancellationToken cancellationToken);

    Task<LocalEntity?> GetAsync(string entityId, CancellationToken cancellationToken);
}
