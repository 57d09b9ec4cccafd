using System.Text;
using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Tests.Translation;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Controller;

/// <summary>
/// Every example target → generated ConfigMap → <see cref="ApplicationJsonReader"/> → the same
/// Settings 2.0 objects as translating the catalog directly. Provenance cannot survive the
/// provenance-less application.json, so the catalog side is given the reader's layer name first;
/// everything else must match byte for byte.
/// </summary>
public sealed class ApplicationJsonRoundTripTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    [Fact]
    public void ReadBack_EveryExampleTarget_TranslatesToTheSameObjects()
    {
        var readBack = new List<ResolvedTarget>();
        var problems = new DiagnosticBag();
        foreach (var target in fixture.Targets)
        {
            var file = $"{target.Service}/{target.Environment.Id}/{target.Region}/monitoring/dynatrace-app-config.yaml";
            var configMap = ConfigMapYamlReader.Read(ManifestWriter.ConfigMap(target), file, problems);
            Assert.NotNull(configMap);
            readBack.Add(ApplicationJsonReader.Read(configMap, problems)!);
        }

        Assert.Empty(problems.ToSortedList());
        var expected = Describe(TestTranslation.Run(fixture.Targets.Select(t => WithLayer(t, $"ConfigMap {t.ConfigMapName}"))));
        var actual = Describe(TestTranslation.Run(readBack));

        Assert.Equal(expected, actual);
        Assert.Contains("builtin:anomaly-detection.metric-events", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBack_FromTheApi_PointsProvenanceAtNamespaceAndName()
    {
        var target = fixture.Target("payment-processor", "prod", "euw1");
        var configMap = GeneratedConfigMap.FromApi(target.Namespace, target.ConfigMapName, target.Labels, ManifestWriter.ApplicationJson(target));
        var bag = new DiagnosticBag();

        var read = ApplicationJsonReader.Read(configMap, bag)!;

        Assert.Empty(bag.ToSortedList());
        var rule = read.AlertRules.Single(r => r.Value.Name == "PaymentSuccessRateLow");
        // The catalog layer travels in application.json ("definedIn"); the location is the ConfigMap's.
        Assert.Equal("service payment-processor overrides.prod", rule.Source.Layer);
        Assert.Equal("prod-payment-processor-euw1-stable/payment-processor-dynatrace-config", rule.Source.Location.File);
        var json = ManifestWriter.ApplicationJson(target).Split('\n');
        Assert.Equal("{", json[rule.Source.Location.Line - 1].Trim());
        Assert.Contains("\"PaymentSuccessRateLow\"", json[rule.Source.Location.Line], StringComparison.Ordinal);
        Assert.Equal(target with { AlertRules = [], CustomMetrics = [], Dashboards = [], Application = read.Application, Slos = read.Slos },
            read with { AlertRules = [], CustomMetrics = [], Dashboards = [] });
    }

    [Fact]
    public void ReadBack_FromAFile_PointsConditionsAtTheirLineInTheYaml()
    {
        var target = fixture.Target("payment-processor", "prod", "euw1");
        var yaml = ManifestWriter.ConfigMap(target);
        var bag = new DiagnosticBag();

        var read = ApplicationJsonReader.Read(ConfigMapYamlReader.Read(yaml, "out/x.yaml", bag)!, bag)!;

        var condition = read.AlertRules.Single(r => r.Value.Name == "PaymentSuccessRateLow").Value.Condition!.Value;
        var line = yaml.Split('\n')[condition.Location.Line - 1];
        Assert.Equal("out/x.yaml", condition.Location.File);
        Assert.Equal(condition.Value, line.Substring(condition.Location.Column - 1, condition.Value.Length));
    }

    private static string Describe((TranslationResult Result, IReadOnlyList<Diagnostic> Diagnostics) translation)
    {
        var text = new StringBuilder();
        foreach (var o in translation.Result.DesiredObjects)
        {
            text.Append(o.Kind).Append(' ').Append(o.SchemaId).Append(' ').Append(o.SchemaVersion).Append(' ').Append(o.Scope).Append(' ')
                .Append(o.ExternalId).Append(' ').Append(o.Service).Append(' ').Append(string.Join(',', o.Environments)).Append(' ')
                .Append(o.Summary).Append(' ').Append(string.Join(',', o.References)).Append(' ').Append(string.Join(',', o.SecretPaths)).Append('\n')
                .Append(o.ToCanonicalJson()).Append('\n');
        }

        foreach (var n in translation.Result.NotSynced)
        {
            text.Append(n with { Source = n.Source with { Location = new SourceLocation("", 0, 0) } }).Append('\n');
        }

        // One catalog line can stand for several ConfigMaps (one per region), so compare the distinct findings.
        foreach (var d in translation.Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Message}").Distinct().Order(StringComparer.Ordinal))
        {
            text.Append(d).Append('\n');
        }

        return text.ToString();
    }

    // Items and SLOs keep their catalog layer through application.json ("definedIn"); only the
    // request naming, a plain string there, is attributed to the ConfigMap. Shadowed layers are gone.
    private static ResolvedTarget WithLayer(ResolvedTarget target, string namingLayer)
    {
        Resolved<T> Re<T>(Resolved<T> r) => r with { Shadowed = [] };
        Resolved<T>? Opt<T>(Resolved<T>? r) => r is null ? null : Re(r);
        return target with
        {
            AlertRules = target.AlertRules.Select(Re).ToList(),
            CustomMetrics = target.CustomMetrics.Select(Re).ToList(),
            Dashboards = target.Dashboards.Select(Re).ToList(),
            Application = target.Application with
            {
                RequestNaming = target.Application.RequestNaming is { } naming ? naming with { Source = naming.Source with { Layer = namingLayer }, Shadowed = [] } : null,
                RequestAttributes = target.Application.RequestAttributes.Select(Re).ToList(),
            },
            Slos = new ResolvedSlos(Opt(target.Slos.AvailabilityPercent), Opt(target.Slos.LatencyP95Ms), Opt(target.Slos.LatencyP99Ms), Opt(target.Slos.ErrorRatePercent)),
        };
    }
}
