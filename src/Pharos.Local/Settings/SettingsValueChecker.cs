using System.Text.Json;
using Pharos.Local.Http;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>Checks shared by POST and PUT: schema version, scope, and the plugged-in value validator.</summary>
internal sealed class SettingsValueChecker
{
    private readonly ISettingsValidator _validator;

    public SettingsValueChecker(ISettingsValidator validator)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
    }

    /// <summary>The parsed scope, or null with a violation when it is malformed or not allowed.</summary>
    public SettingsScope? CheckVersionAndScope(SettingsSchemaDescriptor schema, string version, string scopeText, int index, List<ConstraintViolation> violations)
    {
        if (!schema.HasVersion(version))
        {
            violations.Add(ConstraintViolation.InBody(
                SettingsCreateItem.Path(schema.SchemaId, index, "schemaVersion"),
                SettingsMessages.SchemaVersionNotFound(schema.SchemaId, version, schema.LatestSchemaVersion)));
        }

        var scope = SettingsScope.TryParse(scopeText);
        if (scope is null)
        {
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schema.SchemaId, index, "scope"), SettingsMessages.ScopeMalformed(scopeText)));
        }
        else if (!scope.IsAllowedBy(schema))
        {
            violations.Add(ConstraintViolation.InBody(SettingsCreateItem.Path(schema.SchemaId, index, "scope"), SettingsMessages.ScopeNotAllowed(scopeText, schema)));
        }

        return scope;
    }

    /// <summary>
    /// Runs the validator and rewrites its value-relative paths to <c>&lt;schemaId&gt;/&lt;index&gt;/…</c>.
    /// <paramref name="previous"/> is the object being updated or replaced (null for a new one);
    /// <paramref name="findObject"/> resolves the objects the value refers to; <paramref name="parseValue"/>
    /// (default <see cref="ParseValue"/>) lets a caller reuse values it already parsed.
    /// </summary>
    public async Task<IReadOnlyList<ConstraintViolation>> ValidateAsync(
        SettingsSchemaDescriptor schema, string version, string scope, JsonElement value, StoredSettingsObject? previous,
        IReadOnlyList<StoredSettingsObject> siblings, int index,
        Func<string, CancellationToken, Task<StoredSettingsObject?>> findObject, CancellationToken cancellationToken,
        Func<StoredSettingsObject, JsonElement>? parseValue = null)
    {
        var request = new SettingsValidationRequest(schema, version, scope, value, previous?.ObjectId, new LazySiblingValues(siblings, parseValue ?? ParseValue))
        {
            PreviousValue = previous is null ? null : Parse(previous.ValueJson),
            ReferencedObjects = await SettingsReferences.ResolveAsync(value, findObject, cancellationToken).ConfigureAwait(false),
        };
        return _validator.Validate(request).Select(v => v with
        {
            Path = SettingsCreateItem.Path(schema.SchemaId, index, v.Path),
            ParameterLocation = string.IsNullOrEmpty(v.ParameterLocation) ? ConstraintViolation.PayloadBody : v.ParameterLocation,
        }).ToList();
    }

    public static JsonElement ParseValue(StoredSettingsObject stored) => Parse(stored.ValueJson);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
