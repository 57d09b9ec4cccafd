using Pharos.Evaluation.Testing;

namespace Pharos.Evaluation.Tests.Testing;

public sealed class ModelSampleTests
{
    [Fact]
    public async Task ModelsSample_AdaptiveSeasonalAndMergeCasesPass()
    {
        var result = await AlertTestRunner.RunAsync([Path.Combine(AppContext.BaseDirectory, "Testing", "Samples", "models.alert-test.yaml")]);

        Assert.True(result.ExitCode == 0, result.Text);
        Assert.Equal(3, result.Passed);
    }
}
