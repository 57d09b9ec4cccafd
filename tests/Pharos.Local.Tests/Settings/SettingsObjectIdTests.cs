using Pharos.Local.Settings;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsObjectIdTests
{
    // A real object id from the terraform provider's test data (reference/dynatrace-api §2.5).
    private const string RealId =
        "vu9U3hXa3q0AAAABABRidWlsdGluOmRpc2sub3B0aW9ucwAESE9TVAAQRDg5NUZGMDdDQzcxMDEyRQAkNmUzNzVmNDQtZmY3YS0zZDBjLThmOGUtYmFiZWU5MWQ2ZTMwvu9U3hXa3q0";

    [Fact]
    public void TryDecode_RealDynatraceId_ReadsSchemaAndScope()
    {
        Assert.True(SettingsObjectId.TryDecode(RealId, out var schemaId, out var scopeType, out var scopeId));

        Assert.Equal(("builtin:disk.options", "HOST", "D895FF07CC71012E"), (schemaId, scopeType, scopeId));
    }

    [Fact]
    public void Mint_SameInputsAsRealId_ReproducesIt()
    {
        var scope = SettingsScope.TryParse("HOST-D895FF07CC71012E")!;

        var minted = SettingsObjectId.Mint("builtin:disk.options", scope, Guid.Parse("6e375f44-ff7a-3d0c-8f8e-babee91d6e30"));

        Assert.Equal(RealId, minted);
    }

    [Fact]
    public void Mint_EnvironmentScope_EncodesTenant()
    {
        var minted = SettingsObjectId.Mint("builtin:monitoring.slo", SettingsScope.TryParse("environment")!, Guid.NewGuid());

        Assert.True(SettingsObjectId.TryDecode(minted, out _, out var scopeType, out var scopeId));
        Assert.Equal(("tenant", "tenant"), (scopeType, scopeId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("AAAA")]
    [InlineData("vu9U3hXa3q0AAAABABRidWls")]
    public void TryDecode_Garbage_ReturnsFalse(string objectId)
    {
        Assert.False(SettingsObjectId.TryDecode(objectId, out _, out _, out _));
    }

    [Theory]
    [InlineData("environment", "environment")]
    [InlineData("metric-func:slo.x", "metric")]
    [InlineData("HOST_GROUP-0123ABCD", "HOST_GROUP")]
    public void ScopeTryParse_KnownForms_YieldKind(string text, string kind)
    {
        Assert.Equal(kind, SettingsScope.TryParse(text)!.Kind);
    }
}
