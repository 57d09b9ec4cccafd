using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// GitLab's code-quality report: a JSON array of issues with description, check_name, fingerprint,
/// severity (info, minor, major, critical, blocker) and location. FAIL is critical, ERROR major,
/// WARNING and INCONCLUSIVE minor; passing objectives are not issues. The fingerprint hashes the
/// gate, target, objective and reason, not the value, so the merge-request widget recognises the
/// same finding across pipelines.
/// </summary>
public static class GitLabCodeQuality
{
    public static string Render(Decision decision, string path)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            foreach (var objective in decision.Objectives)
            {
                var severity = Severity(objective.Outcome);
                if (severity is null)
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("description", $"pharos gate {decision.Gate.Name()} {decision.Verdict} for {decision.Target}: {objective.Name}: {objective.Message} Value: {objective.Value}. Threshold: {objective.Threshold}.");
                json.WriteString("check_name", $"pharos/{decision.Gate.Name()}/{objective.ReasonCode}");
                json.WriteString("fingerprint", Fingerprint(decision, objective));
                json.WriteString("severity", severity);
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string? Severity(Outcome outcome) => outcome switch
    {
        Outcome.Fail => "critical",
        Outcome.Error => "major",
        Outcome.Warning or Outcome.Inconclusive => "minor",
        _ => null,
    };

    private static string Fingerprint(Decision decision, Objective objective)
    {
        var key = string.Join('\0', decision.Gate.Name(), decision.Target.Service, decision.Target.Environment, objective.Name, objective.ReasonCode);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
