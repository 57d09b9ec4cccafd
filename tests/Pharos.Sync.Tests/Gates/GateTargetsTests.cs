using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Connection;
using Pharos.Sync.Gates;

namespace Pharos.Sync.Tests.Gates;

public sealed class GateTargetsTests
{
    [Fact]
    public void For_ServiceAndEnvironment_SelectsTheServicesCarryingBothTags()
    {
        var target = GateTargets.For("payment-processor", "prod");

        Assert.Equal("type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")", target.EntitySelector);
        Assert.Equal("payment-processor (prod)", target.ToString());
    }

    [Fact]
    public void For_AnExplicitSelector_WinsOverTheTags()
    {
        Assert.Equal("type(PROCESS_GROUP_INSTANCE),tag(\"x\")", GateTargets.For("s", "prod", "  type(PROCESS_GROUP_INSTANCE),tag(\"x\") ").EntitySelector);
    }

    [Fact]
    public void ForAllEnvironments_SelectsByTheAppTagOnly()
    {
        var target = GateTargets.ForAllEnvironments("payment-processor");

        Assert.Equal("type(SERVICE),tag(\"[Kubernetes]app:payment-processor\")", target.EntitySelector);
        Assert.Equal(GateTargets.AllEnvironments, target.Environment);
    }

    [Theory]
    [InlineData("https://abc123.live.dynatrace.com", "https://abc123.live.dynatrace.com/")]
    [InlineData("https://dt.example.com/e/env-1/api/v2", "https://dt.example.com/e/env-1/")]
    [InlineData("https://abc123.apps.dynatrace.com", "https://abc123.apps.dynatrace.com/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    public void UiRoot_IsTheApiRootWithoutItsApiPath(string url, string expected)
    {
        var connection = DynatraceConnection.TryCreate(url, "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWXABCDEFGHIJKLMNOPQRSTUVWXABCDEFGHIJKLMNOP", new DiagnosticBag())!;

        Assert.Equal(new Uri(expected), EnvironmentLinks.UiRoot(connection));
    }
}
