namespace Pharos.Gates.Decisions;

/// <summary>
/// Stable, machine-readable reasons for an objective's outcome (listed in docs/gates.md). Never
/// rename one: pipelines and dashboards match on them.
/// </summary>
public static class ReasonCodes
{
    public const string DataUnavailable = "DATA_UNAVAILABLE";
    public const string ProblemIgnoredClosed = "PROBLEM_IGNORED_CLOSED";
    public const string ProblemIgnoredDuplicate = "PROBLEM_IGNORED_DUPLICATE";
    public const string ProblemIgnoredMaintenance = "PROBLEM_IGNORED_MAINTENANCE";

    public const string PreDeployNoOpenProblems = "PRE_DEPLOY_NO_OPEN_PROBLEMS";
    public const string PreDeployBlockingProblem = "PRE_DEPLOY_BLOCKING_PROBLEM";
    public const string PreDeployWarningProblem = "PRE_DEPLOY_WARNING_PROBLEM";
    public const string PreDeployOtherProblem = "PRE_DEPLOY_OTHER_PROBLEM";

    public const string PostDeployDeployment = "POST_DEPLOY_DEPLOYMENT";
    public const string PostDeployNoDeployment = "POST_DEPLOY_NO_DEPLOYMENT";
    public const string PostDeployNoCriticalProblems = "POST_DEPLOY_NO_CRITICAL_PROBLEMS";
    public const string PostDeployCriticalProblem = "POST_DEPLOY_CRITICAL_PROBLEM";
    public const string PostDeployProblem = "POST_DEPLOY_PROBLEM";
    public const string PostDeployPreexistingProblem = "POST_DEPLOY_PREEXISTING_PROBLEM";
    public const string PostDeployProblemsWithinLimit = "POST_DEPLOY_PROBLEMS_WITHIN_LIMIT";
    public const string PostDeployTooManyProblems = "POST_DEPLOY_TOO_MANY_PROBLEMS";
    public const string PostDeployObserved = "POST_DEPLOY_OBSERVED";

    public const string CanaryProblemsWithinRatio = "CANARY_PROBLEMS_WITHIN_RATIO";
    public const string CanaryProblemsAboveRatio = "CANARY_PROBLEMS_ABOVE_RATIO";
    public const string CanaryProblem = "CANARY_PROBLEM";
    public const string CanaryMetricRegression = "CANARY_METRIC_REGRESSION";
    public const string CanaryMetricWithinTolerance = "CANARY_METRIC_WITHIN_TOLERANCE";
    public const string CanaryMetricNoRegression = "CANARY_METRIC_NO_REGRESSION";
    public const string CanaryTooFewSamples = "CANARY_TOO_FEW_SAMPLES";

    public const string SloNoneFound = "SLO_NONE_FOUND";
    public const string SloNotEvaluated = "SLO_NOT_EVALUATED";
    public const string SloStatusSuccess = "SLO_STATUS_SUCCESS";
    public const string SloStatusWarning = "SLO_STATUS_WARNING";
    public const string SloStatusFailure = "SLO_STATUS_FAILURE";
    public const string SloBudgetOk = "SLO_BUDGET_OK";
    public const string SloBudgetLow = "SLO_BUDGET_LOW";
    public const string SloBudgetExhausted = "SLO_BUDGET_EXHAUSTED";
    public const string SloFastBurn = "SLO_FAST_BURN";
    public const string SloNoFastBurn = "SLO_NO_FAST_BURN";
}
