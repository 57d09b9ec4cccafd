using System.Text.Json.Nodes;
using Pharos.Settings.Json;
using Pharos.Settings.Model;
using Pharos.Settings.Validation;

namespace Pharos.Settings.Normalization;

/// <summary>
/// Fills schema defaults the way Dynatrace's <c>repairInput=true</c> does (see docs): an absent
/// property whose precondition holds gets its <c>default</c>; an absent non-nullable object gets
/// an object built from its own defaults; an absent collection becomes empty. Properties whose
/// precondition does not hold are removed. Explicit nulls of properties without a default are
/// removed too, because for Dynatrace null and absent mean the same. Unknown members are kept so
/// validation can still report them.
/// </summary>
internal sealed class DefaultsApplier
{
    private readonly SettingsSchema _schema;

    public DefaultsApplier(SettingsSchema schema)
    {
        _schema = schema;
    }

    public void ApplyObject(ComplexType type, JsonObject obj)
    {
        SettleProperties(type, obj);
        foreach (var property in type.Properties)
        {
            if (!obj.TryGetPropertyValue(property.Name, out var node))
            {
                continue;
            }

            if (node is null)
            {
                if (!(property.Nullable && property.Default is not null))
                {
                    obj.Remove(property.Name);
                }

                continue;
            }

            Descend(property.Type, property.Items, node);
        }
    }

    /// <summary>
    /// Applies preconditions and defaults until nothing changes: a default can switch on a sibling's
    /// precondition (type defaults to METRIC_KEY, so metricKey gets its default next round).
    /// </summary>
    private static void SettleProperties(ComplexType type, JsonObject obj)
    {
        for (var round = 0; round <= type.Properties.Count + 1; round++)
        {
            var changed = false;
            foreach (var property in type.Properties)
            {
                var state = PreconditionEvaluator.Evaluate(property.Precondition, name => JsonScalar.From(obj[name]));
                if (state == PreconditionResult.NotMet)
                {
                    changed |= obj.Remove(property.Name);
                }
                else if (state == PreconditionResult.Met && IsMissing(property, obj) && Filler(property) is { } filler)
                {
                    obj[property.Name] = filler;
                    changed = true;
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private void Descend(PropertyType type, ItemDefinition? items, JsonNode node)
    {
        if (_schema.ResolveComplex(type) is { } complex && node is JsonObject obj)
        {
            ApplyObject(complex, obj);
        }
        else if (type.IsCollection && items is not null && _schema.ResolveComplex(items.Type) is { } itemType && node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonObject itemObject)
                {
                    ApplyObject(itemType, itemObject);
                }
            }
        }
    }

    private static bool IsMissing(SchemaProperty property, JsonObject obj) =>
        !obj.TryGetPropertyValue(property.Name, out var node) || (node is null && !property.Nullable);

    private static JsonNode? Filler(SchemaProperty property)
    {
        if (property.Default is { } value)
        {
            return JsonNodes.FromElement(value);
        }

        if (property.Type.IsCollection)
        {
            return new JsonArray();
        }

        return property.Type.Kind == PropertyTypeKind.Complex && !property.Nullable ? new JsonObject() : null;
    }
}
