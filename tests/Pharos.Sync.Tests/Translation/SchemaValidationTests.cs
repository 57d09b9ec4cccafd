using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>
/// Every object the example catalog produces validates against the real Settings 2.0 schema
/// (Pharos.Settings, embedded schemas) with zero constraint violations, after references are
/// resolved the way sync resolves them.
/// </summary>
public sealed class SchemaValidationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static readonly SettingsSchemaRegistry Registry = SettingsSchemaRegistry.LoadEmbedded();

    // Sync replaces each reference with the objectId Dynatrace assigned; a UUID stands in here.
    private static string ObjectIdFor(string externalId) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(externalId))[..16]).ToString("D");

    private static IReadOnlyList<ConstraintViolation> Validate(DesiredObject desired, IReadOnlyDictionary<string, string> known)
    {
        var value = desired.Value.DeepClone().AsObject();
        foreach (var reference in desired.References)
        {
            value[reference.Path.TrimStart('/')] = ObjectIdFor(reference.ExternalId);
        }

        using var document = JsonDocument.Parse(value.ToJsonString());
        return new SettingsValidator(Registry).Validate(desired.SchemaId, desired.Scope, document.RootElement, new SettingsValidationOptions { KnownObjects = known });
    }

    [Fact]
    public void EveryObject_ValidatesAgainstItsSchema()
    {
        var objects = fixture.Translate().Result.DesiredObjects;
        var known = objects.ToDictionary(o => ObjectIdFor(o.ExternalId), o => o.SchemaId, StringComparer.Ordinal);

        var failures = objects
            .Select(o => (o.ExternalId, Violations: Validate(o, known)))
            .Where(x => x.Violations.Count > 0)
            .Select(x => $"{x.ExternalId}: {string.Join("; ", x.Violations.Select(v => $"{v.Path} {v.Message}"))}")
            .ToList();

        Assert.Empty(failures);
        Assert.Empty(Registry.Diagnostics);
    }

    [Fact]
    public void EveryKindOfObject_IsValidated()
    {
        var kinds = fixture.Translate().Result.DesiredObjects.Select(o => o.SchemaId).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(
            ["builtin:alerting.profile", "builtin:anomaly-detection.metric-events", "builtin:management-zones", "builtin:metric.metadata", "builtin:monitoring.slo", "builtin:problem.notifications"],
            kinds);
        Assert.All(kinds, k => Assert.True(Registry.TryGetSchema(k, out _)));
    }

    [Fact]
    public void UnresolvedReference_IsRejectedBySchema()
    {
        var notification = fixture.Translate().Result.DesiredObjects.First(o => o.Kind == DesiredObjectKind.Notification);
        using var document = JsonDocument.Parse(notification.Value.ToJsonString());

        var violations = new SettingsValidator(Registry).Validate(notification.SchemaId, notification.Scope, document.RootElement);

        Assert.Contains(violations, v => v.Path.EndsWith("/alertingProfile", StringComparison.Ordinal));
    }

    [Fact]
    public void SloNames_AreUniqueAsTheSchemaRequires()
    {
        var slos = fixture.Translate().Result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.Slo).ToList();
        var validator = new SettingsValidator(Registry);

        for (var i = 0; i < slos.Count; i++)
        {
            using var candidate = JsonDocument.Parse(slos[i].Value.ToJsonString());
            var others = slos.Where((_, j) => j != i).Select(o => JsonDocument.Parse(o.Value.ToJsonString()).RootElement).ToList();
            Assert.Empty(validator.CheckUniqueness(slos[i].SchemaId, candidate.RootElement, others));
        }
    }

    [Fact]
    public void ZoneNames_AreUniqueAsTheSchemaRequires()
    {
        var zones = fixture.Translate().Result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.ManagementZone).ToList();

        Assert.Equal(zones.Count, zones.Select(z => ((JsonNode)z.Value)["name"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
    }
}
