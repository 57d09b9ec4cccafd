using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Translating hand-modified copies of the example's payment-processor prod targets (both regions).</summary>
internal static class TestTranslation
{
    public static (TranslationResult Result, IReadOnlyList<Diagnostic> Diagnostics) Run(IEnumerable<ResolvedTarget> targets, TranslationOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var result = SettingsTranslator.Translate(targets.ToList(), options ?? ExampleCatalogFixture.Options, bag);
        return (result, bag.ToSortedList());
    }

    /// <summary>payment-processor in prod (euw1 and euw2) with exactly <paramref name="rules"/>.</summary>
    public static (TranslationResult Result, IReadOnlyList<Diagnostic> Diagnostics) Rules(ExampleCatalogFixture fixture, params Resolved<Catalog.Model.AlertRule>[] rules) =>
        Run(PaymentsProd(fixture).Select(t => t.WithRules(rules)));

    public static IReadOnlyList<ResolvedTarget> PaymentsProd(ExampleCatalogFixture fixture) =>
        [fixture.Target("payment-processor", "prod", "euw1"), fixture.Target("payment-processor", "prod", "euw2")];
}
