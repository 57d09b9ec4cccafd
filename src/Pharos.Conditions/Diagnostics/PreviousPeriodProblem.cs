namespace Pharos.Conditions.Diagnostics;

/// <summary>Why previous_day/previous_week cannot be resolved where it was written.</summary>
internal enum PreviousPeriodProblem
{
    OutsideComparison,
    OnLeftSide,
    LeftSideIsExpression,
    LeftSideIsNotMetric,
}
