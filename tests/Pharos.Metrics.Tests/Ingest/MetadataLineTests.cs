using Pharos.Metrics.Ingest;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

public sealed class MetadataLineTests
{
    [Fact]
    public void Parse_DocumentationMetadataExample_GivesAllProperties()
    {
        var (result, handler) = Parse("#cpu.temperature gauge dt.meta.unit=count,dt.meta.description=\"The temperature of the CPU\",dt.meta.displayname=\"CPU temperature\"");

        Assert.Equal(1, result.LinesOk);
        Assert.Equal(new MetricMetadata(1, "cpu.temperature", MetricType.Gauge, "CPU temperature", "The temperature of the CPU", "count"), Assert.Single(handler.Metadata));
    }

    [Theory]
    [InlineData("#prefix.name gauge dt.meta.unit=unit", null, null, "unit")]
    [InlineData("#prefix.name gauge dt.meta.description=\"my description goes here\"", null, "my description goes here", null)]
    [InlineData("#prefix.name gauge dt.meta.description=\"my description goes here\",dt.meta.unit=unit,dt.meta.displayName=displayName", "displayName", "my description goes here", "unit")]
    public void Parse_JavaMetadataBuilderVectors_AreAccepted(string line, string? displayName, string? description, string? unit)
    {
        var (result, handler) = Parse(line);

        Assert.Equal(1, result.LinesOk);
        var metadata = Assert.Single(handler.Metadata);
        Assert.Equal((displayName, description, unit), (metadata.DisplayName, metadata.Description, metadata.Unit));
    }

    [Fact]
    public void Parse_CountMetadata_GetsCountSuffixAndWarning()
    {
        var (result, handler) = Parse("#new_users count dt.meta.displayName=\"New users\"");

        Assert.Equal("new_users.count", Assert.Single(handler.Metadata).MetricKey);
        Assert.Equal("metric key 'new_users' changed to 'new_users.count'", Assert.Single(result.KeyChanges).Warning);
    }

    [Theory]
    [InlineData("#")]
    [InlineData("# just a comment")]
    [InlineData("#TODO fix this")]
    [InlineData("#this count is wrong")]
    [InlineData("#cpu.temperature gauge")]
    [InlineData("#cpu.temperature gauge shows the temperature")]
    [InlineData("##########")]
    public void Parse_HashLineThatIsNotMetadata_IsIgnored(string line)
    {
        var (result, handler) = Parse(line);

        Assert.Equal((0, 0), (result.LinesOk, result.LinesInvalid));
        Assert.Empty(handler.Metadata);
    }

    [Theory]
    [InlineData("#cpu.temp gauge dt.meta.unt=Byte", "invalid metadata property 'dt.meta.unt' at column 17: expected dt.meta.displayName, dt.meta.description or dt.meta.unit. Did you mean 'dt.meta.unit'?")]
    [InlineData("#cpu.temp gauge unit=Byte", "invalid metadata property 'unit' at column 17: expected dt.meta.displayName, dt.meta.description or dt.meta.unit.")]
    [InlineData("#cpu.temp gauge dt.meta.unit=Byte,other", "invalid metadata property 'other' at column 35: expected dt.meta.displayName, dt.meta.description or dt.meta.unit.")]
    [InlineData("#cpu.temp gauge dt.meta.unit=Bytes per sec", "unexpected 'per sec' at column 36: a line ends after the value and an optional timestamp")]
    [InlineData("#cpu.temp gauge dt.meta.unit=\"Byte per second\"", "invalid metadata property 'dt.meta.unit' at column 30: 'Byte per second' must be 1..63 characters of A-Z a-z 0-9 % [ ] { } / _")]
    [InlineData("#cpu.temp gauge dt.meta.unit=", "invalid metadata property 'dt.meta.unit' at column 30: '' must be 1..63 characters of A-Z a-z 0-9 % [ ] { } / _")]
    [InlineData("#cpu.temp gauge dt.meta.description=\"unclosed", "invalid value of metadata property 'dt.meta.description': the quoted value starting at column 37 is not closed; end it with '\"' and escape '\"' and '\\' inside with '\\'")]
    [InlineData("#1cpu gauge dt.meta.unit=Byte", "invalid metric key '1cpu': must not start with a digit or '-'")]
    public void Parse_InvalidMetadataLine_IsRejectedWithText(string line, string expected)
    {
        Assert.Equal(expected, Error(line));
    }

    [Fact]
    public void Parse_DisplayNameOver300Characters_IsRejected()
    {
        var error = ErrorOf($"#cpu.temp gauge dt.meta.displayName=\"{new string('n', 301)}\"");

        Assert.Equal(LineErrorKind.InvalidMetadata, error.Kind);
        Assert.Equal("invalid value of metadata property 'dt.meta.displayName' at column 37: must be at most 300 characters (got 301)", error.Message);
    }

    [Fact]
    public void Parse_UnitOver63Characters_IsRejected()
    {
        Assert.Equal(
            "invalid value of metadata property 'dt.meta.unit' at column 30: must be at most 63 characters (got 64)",
            Error($"#cpu.temp gauge dt.meta.unit={new string('u', 64)}"));
    }
}
