namespace Pharos.Gates.Decisions;

/// <summary>The process exit codes of <c>pharos gate …</c> and <c>pharos deploy-event</c>.</summary>
public static class GateExitCodes
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int Warning = 2;
    public const int Inconclusive = 3;

    /// <summary>The environment could not be reached or the input was bad.</summary>
    public const int Error = 4;

    /// <summary>
    /// Info and Pass → 0, Fail → 1, Warning → 2 (0 when <paramref name="warningsPass"/>),
    /// Inconclusive → 3, Error → 4.
    /// </summary>
    public static int For(Outcome outcome, bool warningsPass) => outcome switch
    {
        Outcome.Info or Outcome.Pass => Pass,
        Outcome.Warning => warningsPass ? Pass : Warning,
        Outcome.Inconclusive => Inconclusive,
        Outcome.Error => Error,
        Outcome.Fail => Fail,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
