using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Deployments;

/// <summary>
/// Dynatrace answers 201 to an event it attached to no entity, and to events it rejected for some
/// entities. Both are errors here: a deployment nobody can find later is not a success.
/// </summary>
public static class IngestResultChecker
{
    /// <summary>Reports every failed entity result; returns true when at least one entity accepted the event and none rejected it.</summary>
    public static bool Check(EventIngestRequest request, EventIngestResponse response, IDiagnosticSink diagnostics)
    {
        if (response.Results.Count == 0 || response.ReportCount == 0)
        {
            diagnostics.Add(GateDiagnostics.NoEntityMatched(request.EntitySelector));
            return false;
        }

        var ok = true;
        foreach (var result in response.Results)
        {
            if (!string.Equals(result.Status, "OK", StringComparison.Ordinal))
            {
                diagnostics.Add(GateDiagnostics.EntityResultNotOk(result.CorrelationId, result.Status));
                ok = false;
            }
        }

        return ok;
    }
}
