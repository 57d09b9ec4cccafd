namespace Pharos.Conditions.Syntax;

public enum DurationUnit
{
    Milliseconds,
    Seconds,
    Minutes,
    Hours,
    Days,
}
