using Pharos.Core.Diagnostics;

namespace Pharos.Local.Http;

/// <summary>Maps parser diagnostics onto constraint violations; the diagnostic's file names the parameter.</summary>
internal static class DiagnosticViolations
{
    public static List<ConstraintViolation> From(IEnumerable<Diagnostic> diagnostics, string parameterLocation, string fallbackPath) =>
        diagnostics
            .Where(d => d.IsError)
            .Select(d => new ConstraintViolation(d.Location?.File ?? fallbackPath, $"{d.Code}: {d.Message}", parameterLocation))
            .ToList();
}
