using Pharos.Sync.Engine;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

public sealed class PruneScopeProtectionTests
{
    [Fact]
    public void Protected_service_objects_are_never_pruned_but_other_services_are()
    {
        var payments = ExternalIds.For("cat", DesiredObjectKind.MetricEvent, "payment-processor", "prod", "ErrorRateAnomaly");
        var batch = ExternalIds.For("cat", DesiredObjectKind.MetricEvent, "settlement-batch", "prod", "JobFailure");
        var scope = new PruneScope("cat") { ProtectedServices = new HashSet<string> { "payment-processor" } };

        Assert.False(scope.Covers(payments));
        Assert.True(scope.Covers(batch));
        Assert.True(new PruneScope("cat").Covers(payments));
    }
}
