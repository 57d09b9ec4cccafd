using System.Text.Json;
using Pharos.Settings.Tests.Fixtures;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

/// <summary>
/// Seeded fuzzing of every public entry point with hostile values. A failure prints the seed,
/// iteration and input; turn it into a fixed-input regression test.
/// </summary>
public sealed class SettingsFuzzTests
{
    private const int Iterations = 400;

    private static readonly (string SchemaId, string Scope, string Json)[] Valid =
    [
        (MetricEvents, "environment", StaticThresholdOnSelector), (MetricEvents, "environment", AutoAdaptiveOnMetricKey),
        (Slo, "environment", SloValue), (AlertingProfile, "environment", AlertingProfileValue),
        (Notifications, "environment", EmailNotification), (Notifications, "environment", WebhookNotification),
        (ManagementZones, "environment", KubernetesLabelZone), (MetricMetadata, "metric-func:x", MetricMetadataValue),
        (MaintenanceWindow, "environment", WeeklyMaintenanceWindow), (MsTeams, "environment", MsTeamsConnection),
    ];

    private static readonly string[] Scopes = ["environment", "metric-func:x", "HOST-0123456789ABCDEF", "", "metric-", "\u0000"];

    private readonly SettingsValidator _validator = new(Registry);
    private readonly SettingsNormalizer _normalizer = new(Registry);
    private readonly SettingsSummaryRenderer _summaries = new(Registry);

    [Theory]
    [InlineData(1)]
    [InlineData(20240601)]
    [InlineData(987654321)]
    public void EntryPoints_RandomValues_NeverThrowAndNormaliseIdempotently(int seed)
    {
        var random = new Random(seed);
        var json = new RandomJson(seed, Registry.Schemas.SelectMany(s => s.Json.Length > 0 ? PropertyNames(s) : []));
        for (var i = 0; i < Iterations; i++)
        {
            var (schemaId, scope, valid) = Valid[random.Next(Valid.Length)];
            var value = i % 2 == 0 ? json.NextValue() : json.Mutate(valid);
            var pattern = json.Pattern();
            try
            {
                Exercise(schemaId, Scopes[random.Next(Scopes.Length)], value, Parse(valid), pattern);
                Exercise(schemaId, scope, value, Parse(valid), pattern);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed}, iteration {i}, schema {schemaId}: {e.GetType().Name}: {e.Message}\ninput: {value.GetRawText()}\npattern: {pattern}");
            }
        }
    }

    [Fact]
    public void Validate_DeeplyNestedUnknownValue_DoesNotThrow()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"queryDefinition\":", 60)) + "1" + new string('}', 60);

        var violations = _validator.Validate(MetricEvents, "environment", Parse(deep));

        Assert.NotEmpty(violations);
    }

    private void Exercise(string schemaId, string scope, JsonElement value, JsonElement valid, string pattern)
    {
        _validator.Validate(schemaId, scope, value, new SettingsValidationOptions { KnownObjects = new Dictionary<string, string>() });
        _validator.CheckUniqueness(schemaId, value, [valid, value]);
        _validator.CheckModification(schemaId, valid, value);
        _validator.CheckObjectCount(schemaId, scope, 3);
        _summaries.Summarize(schemaId, value);
        _summaries.RenderPattern(schemaId, pattern, value);

        var canonical = _normalizer.ToCanonicalJson(schemaId, value, secretMask: "***");
        var again = _normalizer.ToCanonicalJson(schemaId, Parse(canonical), secretMask: "***");
        Assert.Equal(canonical, again);
    }

    private static IEnumerable<string> PropertyNames(SettingsSchema schema)
    {
        using var document = JsonDocument.Parse(schema.Json);
        var names = new List<string>();
        Walk(document.RootElement, names);
        return names;

        static void Walk(JsonElement element, List<string> names)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Name == "properties" && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        names.AddRange(member.Value.EnumerateObject().Select(p => p.Name));
                    }

                    Walk(member.Value, names);
                }
            }
        }
    }
}
