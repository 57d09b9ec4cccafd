using Pharos.Core.Diagnostics;
using Pharos.Metrics.Descriptors.Model;
using Pharos.Metrics.Query;

namespace Pharos.Metrics.Descriptors;

/// <summary>
/// The <c>fields</c> parameter: <c>+x</c> adds to the default set, <c>-x</c> removes from it, plain names
/// replace it (metricId is always kept). Unknown names are reported with a suggestion.
/// </summary>
internal static class DescriptorFields
{
    public static readonly IReadOnlyList<string> All =
    [
        "metricId", "displayName", "description", "unit", "dduBillable", "billable", "created", "lastWritten", "entityType",
        "aggregationTypes", "transformations", "defaultAggregation", "dimensionDefinitions", "tags", "metricValueType", "scalar",
        "resolutionInfSupported", "latency", "minimumValue", "maximumValue", "rootCauseRelevant", "impactRelevant", "unitDisplayFormat",
    ];

    private static readonly string[] Defaults = ["metricId", "displayName", "description", "unit"];

    public static HashSet<string>? Parse(string? text, MetricApiDiagnostics diagnostics, List<Diagnostic> problems)
    {
        var selected = new HashSet<string>(Defaults, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return selected;
        }

        var tokens = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(t => t[0] is not ('+' or '-')))
        {
            selected = ["metricId"];
        }

        foreach (var token in tokens)
        {
            var name = token.TrimStart('+', '-');
            if (!All.Contains(name))
            {
                problems.Add(diagnostics.UnknownField(name, All));
                continue;
            }

            if (token[0] == '-' && name != "metricId")
            {
                selected.Remove(name);
            }
            else
            {
                selected.Add(name);
            }
        }

        return problems.Count == 0 ? selected : null;
    }

    public static MetricDescriptor Project(MetricDescriptor d, IReadOnlySet<string> fields) => new()
    {
        MetricId = d.MetricId,
        DisplayName = fields.Contains("displayName") ? d.DisplayName : null,
        Description = fields.Contains("description") ? d.Description : null,
        Unit = fields.Contains("unit") ? d.Unit : null,
        DduBillable = fields.Contains("dduBillable") ? d.DduBillable : null,
        Billable = fields.Contains("billable") ? d.Billable : null,
        Created = fields.Contains("created") ? d.Created : null,
        LastWritten = fields.Contains("lastWritten") ? d.LastWritten : null,
        EntityType = fields.Contains("entityType") ? d.EntityType : null,
        AggregationTypes = fields.Contains("aggregationTypes") ? d.AggregationTypes : null,
        Transformations = fields.Contains("transformations") ? d.Transformations : null,
        DefaultAggregation = fields.Contains("defaultAggregation") ? d.DefaultAggregation : null,
        DimensionDefinitions = fields.Contains("dimensionDefinitions") ? d.DimensionDefinitions : null,
        Tags = fields.Contains("tags") ? d.Tags : null,
        MetricValueType = fields.Contains("metricValueType") ? d.MetricValueType : null,
        Scalar = fields.Contains("scalar") ? d.Scalar : null,
        ResolutionInfSupported = fields.Contains("resolutionInfSupported") ? d.ResolutionInfSupported : null,
        Latency = fields.Contains("latency") ? d.Latency : null,
        MinimumValue = fields.Contains("minimumValue") ? d.MinimumValue : null,
        MaximumValue = fields.Contains("maximumValue") ? d.MaximumValue : null,
        RootCauseRelevant = fields.Contains("rootCauseRelevant") ? d.RootCauseRelevant : null,
        ImpactRelevant = fields.Contains("impactRelevant") ? d.ImpactRelevant : null,
        UnitDisplayFormat = fields.Contains("unitDisplayFormat") ? d.UnitDisplayFormat : null,
    };
}
