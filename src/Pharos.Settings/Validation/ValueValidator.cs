using System.Text.Json;
using Pharos.Settings.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

/// <summary>
/// Walks one settings value against its schema and records every violation (it never stops at the
/// first). Objects: unknown members, per-property precondition / presence / type / constraints,
/// then the container constraints of the object.
/// </summary>
internal sealed partial class ValueValidator
{
    private readonly SettingsSchema _schema;
    private readonly IReadOnlyDictionary<string, string>? _knownObjects;
    private readonly List<ConstraintViolation> _violations;

    public ValueValidator(SettingsSchema schema, IReadOnlyDictionary<string, string>? knownObjects, List<ConstraintViolation> violations)
    {
        _schema = schema;
        _knownObjects = knownObjects;
        _violations = violations;
    }

    public void ValidateObject(ComplexType type, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            _violations.Add(SettingsViolations.TypeMismatch(path, "object"));
            return;
        }

        var members = ReadMembers(value, out var order);
        JsonScalar Sibling(string name) => members.TryGetValue(name, out var sibling) ? JsonScalar.From(sibling) : JsonScalar.Null;

        foreach (var property in type.Properties)
        {
            ValidateProperty(property, members, Sibling, path);
        }

        foreach (var name in order)
        {
            if (type.Find(name) is null)
            {
                _violations.Add(SettingsViolations.UnknownProperty(SettingsViolations.Child(path, name)));
            }
        }

        ContainerConstraintChecker.Check(type, members, path, _violations);
    }

    /// <summary>Object members by name; like Jackson, the last of duplicate names wins.</summary>
    internal static Dictionary<string, JsonElement> ReadMembers(JsonElement value, out List<string> order)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        order = [];
        foreach (var member in value.EnumerateObject())
        {
            if (!members.ContainsKey(member.Name))
            {
                order.Add(member.Name);
            }

            members[member.Name] = member.Value;
        }

        return members;
    }

    private void ValidateProperty(SchemaProperty property, Dictionary<string, JsonElement> members, Func<string, JsonScalar> sibling, string path)
    {
        var childPath = SettingsViolations.Child(path, property.Name);
        var present = members.TryGetValue(property.Name, out var value) && value.ValueKind != JsonValueKind.Null;
        var precondition = PreconditionEvaluator.Evaluate(property.Precondition, sibling);

        if (precondition == PreconditionResult.NotMet)
        {
            // A hidden property must not carry a value: Dynatrace would silently drop or reject it,
            // and either way the author's intent is lost. An empty collection carries nothing.
            var empty = property.Type.IsCollection && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0;
            if (present && !empty)
            {
                _violations.Add(SettingsViolations.PreconditionNotMet(childPath));
            }

            return;
        }

        if (!present)
        {
            // Absent (or null) collections are empty collections: clients such as the Terraform
            // provider omit empty sets and Dynatrace accepts that.
            if (property.Type.IsCollection)
            {
                if (precondition == PreconditionResult.Met)
                {
                    CheckCollectionSize(property, 0, childPath);
                }
            }
            else if (!property.Nullable && precondition == PreconditionResult.Met)
            {
                _violations.Add(SettingsViolations.MissingValue(childPath));
            }

            return;
        }

        if (property.Type.IsCollection)
        {
            ValidateCollection(property, value, childPath);
        }
        else
        {
            ValidateSingle(property.Type, property.Constraints, property.ReferencedType, value, childPath);
        }
    }
}
