using Pharos.Core.Diagnostics;

namespace Pharos.Local.Selectors;

/// <summary>
/// The first step every selector binder shares: parse the text, then keep only the criteria the endpoint serves.
/// A criterion the contract documents but the local environment does not serve is SEL021 (so nobody mistakes it
/// for a typo); any other name is SEL020 with a did-you-mean over <c>known</c>.
/// </summary>
internal static class SelectorCriteria
{
    public static IReadOnlyList<SelectorCall> ParseKnown(
        string? text, string parameter, IReadOnlyList<string> known, Func<string, bool> isUnsupported, IDiagnosticSink diagnostics)
    {
        var kept = new List<SelectorCall>();
        foreach (var call in SelectorSyntax.Parse(text, parameter, diagnostics))
        {
            if (isUnsupported(call.Name))
            {
                diagnostics.Add(SelectorDiagnostics.UnsupportedCriterion(parameter, call.Name, call.Column));
            }
            else if (!known.Contains(call.Name))
            {
                diagnostics.Add(SelectorDiagnostics.UnknownCriterion(parameter, call.Name, call.Column, known));
            }
            else
            {
                kept.Add(call);
            }
        }

        return kept;
    }
}
