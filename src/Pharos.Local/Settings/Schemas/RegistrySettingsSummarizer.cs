using System.Text.Json;
using Pharos.Settings;

namespace Pharos.Local.Settings.Schemas;

/// <summary>
/// Renders <c>summary</c> with Pharos.Settings' <see cref="SettingsSummaryRenderer"/> (the schema's
/// summaryPattern, or its name-like property). Schemas the registry does not know (a plugged-in
/// provider's) fall back to the value's name-like property, as before.
/// </summary>
internal sealed class RegistrySettingsSummarizer : ISettingsSummarizer
{
    private readonly SettingsSchemaRegistry _registry;
    private readonly SettingsSummaryRenderer _renderer;

    public RegistrySettingsSummarizer(SettingsSchemaRegistry registry)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _renderer = new SettingsSummaryRenderer(registry);
    }

    public string Summarize(string schemaId, JsonElement value) =>
        _registry.TryGetSchema(schemaId ?? "", out _) ? _renderer.Summarize(schemaId!, value) : SettingsSummary.Of(value);
}
