using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Evaluation;

/// <summary>
/// JSON options for evaluator state (engine, problems, notifications): camelCase, enums as their names,
/// NaN/Infinity allowed (a series value may be either). Read-only, safe to share.
/// </summary>
public static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
