using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Slo;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Slo;

/// <summary>
/// The <c>builtin:monitoring.slo</c> settings objects, read fresh on every request so an SLO API answer always
/// reflects the committed configuration. The SLO id is the settings objectId.
/// </summary>
internal sealed class LocalSloDefinitions
{
    private const int MaxSlos = 10_000;

    private readonly ISettingsObjectStore _settings;

    public LocalSloDefinitions(ISettingsObjectStore settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>Every SLO in settings order; objects whose value cannot be read (stored before a schema change) are skipped.</summary>
    public async Task<IReadOnlyList<SloDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var (items, _) = await _settings.QueryAsync(new SettingsObjectFilter([SloDefinitionReader.SchemaId], [], []), 0, MaxSlos, cancellationToken)
            .ConfigureAwait(false);
        return items.Select(Read).OfType<SloDefinition>().ToList();
    }

    public async Task<SloDefinition?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await _settings.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return stored is { SchemaId: SloDefinitionReader.SchemaId } ? Read(stored) : null;
    }

    private static SloDefinition? Read(StoredSettingsObject stored)
    {
        using var document = JsonDocument.Parse(stored.ValueJson);
        return SloDefinitionReader.Read(stored.ObjectId, document.RootElement, new DiagnosticBag());
    }
}
