using System.Globalization;
using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;
using YamlDotNet.RepresentationModel;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Settings objects and entities written directly in a test file: each list item is the object's value, plus an
/// optional <c>id</c> (its objectId; default <c>&lt;list&gt;-&lt;n&gt;</c>). Values go through the same readers as
/// objects from the settings store, with diagnostics pointing into the YAML.
/// </summary>
internal static class InlineCatalog
{
    private static readonly string[] EntityKeys = ["id", "name", "type", "tags", "managementZones", "relatedTo"];

    public static AlertTestCatalog Read(YamlReader yaml, YamlMappingNode root)
    {
        var relations = new List<(string, string)>();
        return new AlertTestCatalog(
            Objects(yaml, root, "metricEvents", MetricEventConfigReader.Read),
            Objects(yaml, root, "alertingProfiles", NotificationSettingsReader.ReadProfile),
            Objects(yaml, root, "problemNotifications", NotificationSettingsReader.ReadNotification),
            Objects(yaml, root, "maintenanceWindows", MaintenanceWindowReader.Read),
            Entities(yaml, YamlReader.Get(root, "entities"), relations),
            relations);
    }

    private delegate T? ValueReader<T>(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator);

    private static List<T> Objects<T>(YamlReader yaml, YamlMappingNode root, string list, ValueReader<T> read)
        where T : class
    {
        var result = new List<T>();
        var items = yaml.Sequence(YamlReader.Get(root, list), list);
        for (var i = 0; i < items.Count; i++)
        {
            if (yaml.Mapping(items[i], $"{list}[{i}]") is not { } map)
            {
                continue;
            }

            var id = yaml.Text(YamlReader.Get(map, "id"), "id") ?? $"{list}-{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var (value, locator) = YamlJson.Convert(map, yaml, "id");
            if (read(id, value, yaml.Sink, locator) is { } item)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<EntityInfo> Entities(YamlReader yaml, YamlNode? node, List<(string, string)> relations)
    {
        var result = new List<EntityInfo>();
        foreach (var item in yaml.Sequence(node, "entities"))
        {
            if (yaml.Mapping(item, "entities[]") is not { } map)
            {
                continue;
            }

            yaml.CheckKeys(map, "an entity", EntityKeys);
            if (yaml.Text(YamlReader.Get(map, "id"), "id") is not { } id)
            {
                yaml.Sink.Add(Diagnostics.EvaluationDiagnostics.MissingField(yaml.Locate(map), "an entity", "id", "id: SERVICE-00000000000000A1"));
                continue;
            }

            var known = EntityInfo.FromId(id);
            var zones = yaml.Sequence(YamlReader.Get(map, "managementZones"), "managementZones").Select(z => z switch
            {
                YamlMappingNode m => new ManagementZoneRef(
                    yaml.Text(YamlReader.Get(m, "id"), "id") ?? "",
                    yaml.Text(YamlReader.Get(m, "name"), "name") ?? "",
                    yaml.Text(YamlReader.Get(m, "objectId"), "objectId")),
                _ => new ManagementZoneRef(yaml.Text(z, "managementZones[]") ?? "", yaml.Text(z, "managementZones[]") ?? ""),
            });
            result.Add(new EntityInfo(
                id,
                yaml.Text(YamlReader.Get(map, "type"), "type") ?? known.Type,
                yaml.Text(YamlReader.Get(map, "name"), "name") ?? id,
                [.. yaml.Sequence(YamlReader.Get(map, "tags"), "tags").Select(t => yaml.Text(t, "tags[]") ?? "")],
                [.. zones]));
            foreach (var other in yaml.Sequence(YamlReader.Get(map, "relatedTo"), "relatedTo"))
            {
                if (yaml.Text(other, "relatedTo[]") is { } otherId)
                {
                    relations.Add((id, otherId));
                }
            }
        }

        return result;
    }
}
