using System.Text.Json;

namespace Pharos.Local.Settings;

/// <summary>
/// Renders an object's <c>summary</c> (and <c>searchSummary</c>). The Settings library's summary-pattern renderer
/// plugs in here; the default uses the value's name-like property.
/// </summary>
public interface ISettingsSummarizer
{
    string Summarize(string schemaId, JsonElement value);
}

internal sealed class NameSettingsSummarizer : ISettingsSummarizer
{
    public string Summarize(string schemaId, JsonElement value) => SettingsSummary.Of(value);
}
