using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate pre-deploy</c>: may we deploy to a target that already has problems? Asks for
/// problems open on the target in the policy's lookback and decides with <see cref="Decide"/>.
/// </summary>
public static class PreDeployGate
{
    public static async Task<Decision> EvaluateAsync(
        IGateDataSource source,
        GateTarget target,
        GatePolicy policy,
        GateContext context,
        CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow();
        var request = Request(target, policy, now);
        IReadOnlyList<GateProblem> problems;
        try
        {
            problems = await source.GetProblemsAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (GateDataException e)
        {
            var objective = DecisionFactory.Unavailable("open problems", request.Describe(), e.Message);
            return DecisionFactory.Create(GateKind.PreDeploy, target, policy, now, new TimeWindow(request.From, request.To), [objective],
                _ => $"could not read the problems of {target}: {e.Message}");
        }

        return Decide(target, problems, request, policy, context.EnvironmentUrl, now);
    }

    public static ProblemRequest Request(GateTarget target, GatePolicy policy, DateTimeOffset now) =>
        new("status(\"open\")", target.EntitySelector, now - policy.PreDeploy.Lookback, now);

    /// <summary>
    /// Blocking severities fail, warning severities warn, any other open problem is listed as info;
    /// closed, duplicate and under-maintenance problems are listed but not counted.
    /// </summary>
    public static Decision Decide(
        GateTarget target,
        IReadOnlyList<GateProblem> problems,
        ProblemRequest request,
        GatePolicy policy,
        Uri? environmentUrl,
        DateTimeOffset now)
    {
        var rules = policy.PreDeploy;
        var requestText = request.Describe();
        var objectives = new List<Objective>();
        var blocking = new List<string>();
        var warning = new List<string>();
        var threshold = $"{GateFormat.List(rules.BlockingSeverities)} block; {GateFormat.List(rules.WarningSeverities)} warn";

        foreach (var problem in problems.OrderBy(p => p.StartTime).ThenBy(p => p.DisplayId, StringComparer.Ordinal))
        {
            if (ProblemTriage.IgnoreReason(problem, ignoreClosed: true) is { } reason)
            {
                objectives.Add(ProblemTriage.Ignored(reason, problem, request, environmentUrl));
                continue;
            }

            var (outcome, code, effect) = ProblemTriage.HasSeverity(problem, rules.BlockingSeverities)
                ? (Outcome.Fail, ReasonCodes.PreDeployBlockingProblem, "blocks the deployment")
                : ProblemTriage.HasSeverity(problem, rules.WarningSeverities)
                    ? (Outcome.Warning, ReasonCodes.PreDeployWarningProblem, "is a warning")
                    : (Outcome.Info, ReasonCodes.PreDeployOtherProblem, "does not affect the decision");
            if (outcome == Outcome.Fail)
            {
                blocking.Add(problem.DisplayId);
            }
            else if (outcome == Outcome.Warning)
            {
                warning.Add(problem.DisplayId);
            }

            objectives.Add(new Objective
            {
                Name = $"problem {problem.DisplayId}",
                Outcome = outcome,
                ReasonCode = code,
                Value = ProblemTriage.Describe(problem),
                Threshold = threshold,
                Message = $"open problem {problem.DisplayId} ({ProblemVocabulary.NormalizeSeverity(problem.SeverityLevel)}) on {target} {effect}.",
                Requests = [requestText],
                Link = ProblemLinks.For(environmentUrl, problem.ProblemId),
            });
        }

        if (blocking.Count == 0 && warning.Count == 0)
        {
            objectives.Insert(0, new Objective
            {
                Name = "open problems",
                Outcome = Outcome.Pass,
                ReasonCode = ReasonCodes.PreDeployNoOpenProblems,
                Value = "0 blocking, 0 warning",
                Threshold = threshold,
                Message = $"no blocking or warning problem is open on {target} in the last {GateFormat.Duration(rules.Lookback)}.",
                Requests = [requestText],
            });
        }

        return DecisionFactory.Create(GateKind.PreDeploy, target, policy, now, new TimeWindow(request.From, request.To), objectives, outcome => outcome switch
        {
            Outcome.Fail => $"{GateFormat.Plural(blocking.Count, "blocking problem", "blocking problems")} open on {target}: {GateFormat.List(blocking)}."
                + (warning.Count > 0 ? $" Also {GateFormat.Plural(warning.Count, "warning problem", "warning problems")}: {GateFormat.List(warning)}." : ""),
            Outcome.Warning => $"{GateFormat.Plural(warning.Count, "warning problem", "warning problems")} open on {target}: {GateFormat.List(warning)}.",
            _ => $"no blocking problem open on {target} in the last {GateFormat.Duration(rules.Lookback)}.",
        });
    }
}
