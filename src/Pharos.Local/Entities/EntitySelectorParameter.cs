using Pharos.Local.Http;

namespace Pharos.Local.Entities;

/// <summary>Reads an <c>entitySelector</c> query parameter, turning its diagnostics into QUERY constraint violations.</summary>
internal static class EntitySelectorParameter
{
    /// <returns>The parsed selector, or null when the parameter is absent or does not parse.</returns>
    public static EntitySelector? Read(string? text, List<ConstraintViolation> violations)
    {
        if (text is null)
        {
            return null;
        }

        var (parsed, diagnostics) = EntitySelector.Parse(text);
        violations.AddRange(DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, EntitySelector.Parameter));
        return parsed;
    }
}
