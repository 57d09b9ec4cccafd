using System.Text.Json;
using System.Text.Json.Serialization;
using Pharos.Dynatrace.Entities;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Slos;

namespace Pharos.Dynatrace.Json;

/// <summary>
/// Source-generated (de)serialisation of every body this client sends or reads: camelCase,
/// nulls omitted on write so "absent" keeps its API meaning (e.g. insertAfter null = last).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(SettingsObjectCreate))]
[JsonSerializable(typeof(SettingsObjectUpdate))]
[JsonSerializable(typeof(SettingsObject))]
[JsonSerializable(typeof(SettingsObjectsPage))]
[JsonSerializable(typeof(SettingsSchemaList))]
[JsonSerializable(typeof(SettingsSchemaDefinition))]
[JsonSerializable(typeof(SettingsObjectResponse))]
[JsonSerializable(typeof(List<SettingsObjectResponse>))]
[JsonSerializable(typeof(MetricIngestResult))]
[JsonSerializable(typeof(MetricData))]
[JsonSerializable(typeof(EventIngest))]
[JsonSerializable(typeof(EventIngestResults))]
[JsonSerializable(typeof(DynatraceEvent))]
[JsonSerializable(typeof(EventsPage))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(ProblemsPage))]
[JsonSerializable(typeof(ProblemCloseRequest))]
[JsonSerializable(typeof(ProblemCloseResult))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(EntitiesPage))]
[JsonSerializable(typeof(Slo))]
[JsonSerializable(typeof(SlosPage))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DynatraceJsonContext : JsonSerializerContext;
