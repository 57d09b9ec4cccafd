using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Http;
using Pharos.Local.Settings;

namespace Pharos.Local.Tests.Infrastructure;

/// <summary>Small schemas standing in for the Settings schema registry in tests.</summary>
internal sealed class TestSettingsSchemaProvider : ISettingsSchemaProvider
{
    public const string Multi = "builtin:pharos.test.multi";
    public const string Ordered = "builtin:pharos.test.ordered";
    public const string Single = "builtin:pharos.test.single";
    public const string Large = "builtin:pharos.test.large";

    private static readonly SettingsSchemaDescriptor[] Schemas =
    [
        new() { SchemaId = Multi, DisplayName = "Test multi", LatestSchemaVersion = "1.1.0", Versions = ["1.0.0"], MaxObjects = 3, AllowedScopes = ["environment", "HOST"] },
        new() { SchemaId = Ordered, DisplayName = "Test ordered", LatestSchemaVersion = "2.0.0", Ordered = true, MaxObjects = 100 },
        new() { SchemaId = Single, DisplayName = "Test single", LatestSchemaVersion = "1.0", MultiObject = false, MaxObjects = 1, AllowedScopes = ["environment", "HOST"] },
        new() { SchemaId = Large, DisplayName = "Test large", LatestSchemaVersion = "3.0", MaxObjects = 1000, Maturity = "PREVIEW" },
    ];

    public IReadOnlyList<SettingsSchemaDescriptor> ListSchemas() => Schemas;

    public SettingsSchemaDescriptor? FindSchema(string schemaId) => Schemas.FirstOrDefault(s => s.SchemaId == schemaId);

    public string? GetSchemaJson(string schemaId, string? schemaVersion)
    {
        var schema = FindSchema(schemaId);
        if (schema is null || (schemaVersion is not null && !schema.HasVersion(schemaVersion)))
        {
            return null;
        }

        return JsonSerializer.Serialize(new
        {
            schemaId = schema.SchemaId,
            version = schemaVersion ?? schema.LatestSchemaVersion,
            displayName = schema.DisplayName,
            multiObject = schema.MultiObject,
            maxObjects = schema.MaxObjects,
            allowedScopes = schema.AllowedScopes,
            properties = new { name = new { type = "text" }, threshold = new { type = "float" } },
        });
    }
}

/// <summary>Requires a non-blank unique <c>name</c> and a <c>threshold</c> from 0 to 100 when present.</summary>
internal sealed class TestSettingsValidator : ISettingsValidator
{
    public IReadOnlyList<ConstraintViolation> Validate(SettingsValidationRequest request)
    {
        var violations = new List<ConstraintViolation>();
        var value = request.Value;
        var name = value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            violations.Add(ConstraintViolation.InBody("name", "Must not be blank"));
        }
        else if (request.Siblings.Any(s => s.Value.TryGetProperty("name", out var other) && other.GetString() == name))
        {
            violations.Add(ConstraintViolation.InBody("", $"There is another object with the name '{name}'. Names must be unique."));
        }

        if (value.TryGetProperty("threshold", out var t) && (t.ValueKind != JsonValueKind.Number || t.GetDouble() is < 0 or > 100))
        {
            violations.Add(ConstraintViolation.InBody("threshold", "Must be between 0 and 100"));
        }

        return violations;
    }
}

internal static class TestSettingsSchemaRegistration
{
    public static IServiceCollection AddTestSettingsSchemas(this IServiceCollection services) => services
        .AddSingleton<ISettingsSchemaProvider, TestSettingsSchemaProvider>()
        .AddSingleton<ISettingsValidator, TestSettingsValidator>();
}
