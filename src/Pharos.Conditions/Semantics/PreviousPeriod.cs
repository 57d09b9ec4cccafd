namespace Pharos.Conditions.Semantics;

public enum PreviousPeriod
{
    Day,
    Week,
}
