using Pharos.Local.Settings.Schemas;
using Pharos.Settings;
using static Pharos.Local.Tests.Settings.Schemas.RealSchemaValues;

namespace Pharos.Local.Tests.Settings.Schemas;

public sealed class RegistrySettingsSummarizerTests
{
    private readonly RegistrySettingsSummarizer _summarizer = new(SettingsSchemaRegistry.LoadEmbedded());

    [Fact]
    public void Summarize_KnownSchema_RendersItsSummaryProperty()
    {
        // Metric events have both summary and eventTemplate.title; the schema's summary property wins.
        Assert.Equal("Checkout p90 latency too high", _summarizer.Summarize(MetricEvents, Parse(MetricEvent)));
    }

    [Fact]
    public void Summarize_MetricMetadata_UsesDisplayNameOrNothing()
    {
        Assert.Equal("Checkout orders", _summarizer.Summarize(MetricMetadata, Parse(MetricMetadataValue)));
        Assert.Equal("", _summarizer.Summarize(MetricMetadata, Parse("""{"unit":"Count"}""")));
    }

    [Fact]
    public void Summarize_SchemaUnknownToTheRegistry_UsesTheNameLikeProperty()
    {
        Assert.Equal("mine", _summarizer.Summarize("builtin:someone.else", Parse("""{"other":"x","name":"mine"}""")));
    }
}
