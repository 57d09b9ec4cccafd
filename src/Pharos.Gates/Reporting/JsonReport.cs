using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// <c>--output json</c>. Property order is fixed and every objective carries its value, threshold,
/// reason code and requests; <c>schemaVersion</c> changes only when a field is removed or renamed.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    public static string Render(Decision decision)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("gate", decision.Gate.Name());
            json.WriteString("service", decision.Target.Service);
            json.WriteString("environment", decision.Target.Environment);
            json.WriteString("entitySelector", decision.Target.EntitySelector);
            json.WriteString("outcome", decision.Outcome.Word());
            json.WriteString("verdict", decision.Verdict);
            json.WriteNumber("exitCode", decision.ExitCode);
            json.WriteBoolean("warningsPass", decision.WarningsPass);
            json.WriteString("summary", decision.Summary);
            json.WriteString("evaluatedAt", TextReport.Time(decision.EvaluatedAt));
            if (decision.Window is { } window)
            {
                json.WriteStartObject("window");
                json.WriteString("from", TextReport.Time(window.From));
                json.WriteString("to", TextReport.Time(window.To));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("window");
            }

            json.WriteStartArray("objectives");
            foreach (var objective in decision.Objectives)
            {
                json.WriteStartObject();
                json.WriteString("name", objective.Name);
                json.WriteString("outcome", objective.Outcome.Word());
                json.WriteString("reasonCode", objective.ReasonCode);
                json.WriteString("value", objective.Value);
                json.WriteString("threshold", objective.Threshold);
                json.WriteString("message", objective.Message);
                if (objective.Link is null)
                {
                    json.WriteNull("link");
                }
                else
                {
                    json.WriteString("link", objective.Link);
                }

                json.WriteStartArray("requests");
                foreach (var request in objective.Requests)
                {
                    json.WriteStringValue(request);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("policy");
            foreach (var setting in decision.Policy)
            {
                json.WriteStartObject();
                json.WriteString("setting", setting.Setting);
                json.WriteString("value", setting.Value);
                json.WriteString("source", setting.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
