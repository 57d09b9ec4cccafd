using System.Globalization;
using System.Text;
using System.Xml;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// JUnit XML: one <c>testsuite</c> per decision, one <c>testcase</c> per objective. FAIL is a
/// <c>failure</c>, ERROR an <c>error</c>, INCONCLUSIVE <c>skipped</c>; a WARNING is a failure of
/// type <c>warning</c> unless the policy lets warnings pass, when it is a passing case whose output
/// says so. The details (value, threshold, reason, requests) are in the element text.
/// </summary>
public static class JUnitReport
{
    public static string Render(Decision decision)
    {
        var cases = decision.Objectives.Select(o => (Objective: o, Kind: KindOf(o.Outcome, decision.WarningsPass))).ToList();
        var failures = cases.Count(c => c.Kind == "failure");
        var errors = cases.Count(c => c.Kind == "error");
        var skipped = cases.Count(c => c.Kind == "skipped");
        var suite = $"pharos.gate.{decision.Gate.Name()}";
        var className = $"{suite}.{decision.Target.Service}.{decision.Target.Environment}";

        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "pharos gate");
            Counts(xml, cases.Count, failures, errors, skipped);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite);
            Counts(xml, cases.Count, failures, errors, skipped);
            xml.WriteAttributeString("timestamp", TextReport.Time(decision.EvaluatedAt));

            xml.WriteStartElement("properties");
            Property(xml, "service", decision.Target.Service);
            Property(xml, "environment", decision.Target.Environment);
            Property(xml, "verdict", decision.Verdict);
            Property(xml, "outcome", decision.Outcome.Word());
            Property(xml, "exitCode", decision.ExitCode.ToString(CultureInfo.InvariantCulture));
            Property(xml, "summary", decision.Summary);
            xml.WriteEndElement();

            foreach (var (objective, kind) in cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", className);
                xml.WriteAttributeString("name", objective.Name);
                xml.WriteAttributeString("time", "0");
                var details = Details(objective);
                if (kind is "failure" or "error" or "skipped")
                {
                    xml.WriteStartElement(kind);
                    xml.WriteAttributeString("message", objective.Message);
                    if (kind != "skipped")
                    {
                        xml.WriteAttributeString("type", objective.Outcome == Outcome.Warning ? "warning" : objective.ReasonCode);
                    }

                    xml.WriteString(details);
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteElementString("system-out", details);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string KindOf(Outcome outcome, bool warningsPass) => outcome switch
    {
        Outcome.Fail => "failure",
        Outcome.Error => "error",
        Outcome.Inconclusive => "skipped",
        Outcome.Warning when !warningsPass => "failure",
        _ => "pass",
    };

    private static string Details(Objective objective)
    {
        var text = new StringBuilder()
            .Append("outcome: ").Append(objective.Outcome.Word()).Append('\n')
            .Append("reason: ").Append(objective.ReasonCode).Append('\n')
            .Append("value: ").Append(objective.Value).Append('\n')
            .Append("threshold: ").Append(objective.Threshold).Append('\n')
            .Append("message: ").Append(objective.Message);
        if (objective.Link is not null)
        {
            text.Append('\n').Append("link: ").Append(objective.Link);
        }

        foreach (var request in objective.Requests)
        {
            text.Append('\n').Append("request: ").Append(request);
        }

        return text.ToString();
    }

    private static void Counts(XmlWriter xml, int tests, int failures, int errors, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", "0");
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
