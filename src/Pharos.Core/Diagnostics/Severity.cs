namespace Pharos.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
    Info,
}
