namespace Pharos.Core.Diagnostics;

/// <summary>Where validators and parsers report; they never stop at the first problem.</summary>
public interface IDiagnosticSink
{
    void Add(Diagnostic diagnostic);
}
