using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Tests.Symbols;

public class BuiltInSignalsTests
{
    [Fact]
    public void All_Names_AreUniquePascalCaseAndDistinctFromDetectors()
    {
        var names = BuiltInSignals.Names.ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.Equal(NameStyle.PascalCase, SyntaxFacts.GetNameStyle(name)));
        Assert.Empty(names.Intersect(Detectors.Names));
    }

    [Fact]
    public void All_NumericSignals_HaveAScaleAndAnExampleInsideTheirRange()
    {
        Assert.All(BuiltInSignals.All.Where(s => s.Kind == SignalKind.Numeric), signal =>
        {
            Assert.True(signal.DynatraceScale > 0);
            Assert.True(signal.IsInRange(signal.ExampleThreshold), signal.Name);
            Assert.Empty(signal.StateValues);
        });
    }

    [Fact]
    public void All_StateSignals_ListUpperCaseValuesAndADimension()
    {
        Assert.All(BuiltInSignals.All.Where(s => s.Kind == SignalKind.State), signal =>
        {
            Assert.NotEmpty(signal.StateValues);
            Assert.All(signal.StateValues, value => Assert.Equal(value.ToUpperInvariant(), value));
            Assert.NotNull(signal.DynatraceStateDimension);
        });
    }

    [Fact]
    public void AnomalySignals_AreErrorRateResponseTimeAndThroughput()
    {
        Assert.Equal(["ErrorRate", "ResponseTime", "Throughput"], Detectors.AnomalySignals.Select(s => s.Name));
    }

    [Theory]
    [InlineData("ErrorRate", "builtin:service.errors.total.rate", 100)]
    [InlineData("ResponseTime", "builtin:service.response.time", 1000)]
    [InlineData("CpuUsage", "builtin:host.cpu.usage", 1)]
    public void TryGet_KnownSignal_CarriesItsDynatraceMetric(string name, string key, double scale)
    {
        Assert.True(BuiltInSignals.TryGet(name, out var signal));
        Assert.Equal(key, signal.DynatraceMetricKey);
        Assert.Equal(scale, signal.DynatraceScale);
    }

    [Fact]
    public void TryGet_IsCaseSensitive()
    {
        Assert.False(BuiltInSignals.TryGet("errorrate", out _));
    }

    [Fact]
    public void Documentation_SignalTable_ListsEverySignalWithItsMetricKey()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs/conditions.md"));

        Assert.All(BuiltInSignals.All, signal =>
        {
            var row = docs.Split('\n').SingleOrDefault(line => line.StartsWith($"| `{signal.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/conditions.md has no table row for {signal.Name}");
            Assert.Contains($"`{signal.DynatraceMetricKey}`", row, StringComparison.Ordinal);
        });
        Assert.All(Detectors.All, detector => Assert.Contains($"`{detector.Name}", docs, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pharos.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pharos.sln not found above the test binaries.");
    }
}
