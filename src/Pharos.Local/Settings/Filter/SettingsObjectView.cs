using System.Text.Json;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings.Filter;

/// <summary>A stored object with its value parsed once, for filtering and sorting in memory.</summary>
internal sealed class SettingsObjectView
{
    private readonly JsonElement _value;

    public SettingsObjectView(StoredSettingsObject stored)
    {
        Stored = stored ?? throw new ArgumentNullException(nameof(stored));
        using var document = JsonDocument.Parse(stored.ValueJson);
        _value = document.RootElement.Clone();
    }

    public StoredSettingsObject Stored { get; }

    public JsonElement? Read(SettingsField field) => field.Read(Stored, _value);
}
