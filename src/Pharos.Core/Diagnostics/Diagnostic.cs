namespace Pharos.Core.Diagnostics;

/// <summary>
/// One problem found in user input. <see cref="Code"/> is stable across releases (documented in
/// docs/diagnostics.md); <see cref="Message"/> says what is wrong and how to fix it.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var level = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{where}{level} {Code}: {Message}";
    }
}
