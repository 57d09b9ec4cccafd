using System.Globalization;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

/// <summary>Seed 002: ROLLBACK when the canary has more than <c>ratio ×</c> the stable version's problems.</summary>
internal static class CanaryProblemJudge
{
    public static IEnumerable<Objective> Judge(CanaryInput input, CanaryArmProblems canary, CanaryArmProblems stable, CanaryPolicy rules, Uri? environmentUrl)
    {
        string[] requests = [canary.Request.Describe(), stable.Request.Describe()];
        if (canary.Problems is null || stable.Problems is null)
        {
            yield return DecisionFactory.Unavailable("problems per version", requests[canary.Problems is null ? 0 : 1], canary.Error ?? stable.Error ?? "unknown");
            yield break;
        }

        var canaryCounted = Counted(canary.Problems);
        var stableCounted = Counted(stable.Problems);
        var limit = rules.ProblemRatio * stableCounted.Count;
        var regressed = canaryCounted.Count > limit;
        var ratio = rules.ProblemRatio.ToString("0.##", CultureInfo.InvariantCulture);
        yield return new Objective
        {
            Name = "problems per version",
            Outcome = regressed ? Outcome.Fail : Outcome.Pass,
            ReasonCode = regressed ? ReasonCodes.CanaryProblemsAboveRatio : ReasonCodes.CanaryProblemsWithinRatio,
            Value = $"canary {canaryCounted.Count}, stable {stableCounted.Count}",
            Threshold = $"canary ≤ {ratio} × stable = {GateFormat.Number(limit)}",
            Message = regressed
                ? $"{input.CanaryVersion} had {GateFormat.Plural(canaryCounted.Count, "problem", "problems")} in the last {GateFormat.Duration(rules.ProblemWindow)}, more than {ratio} × the {stableCounted.Count} of {input.StableVersion}."
                : $"{input.CanaryVersion} had {GateFormat.Plural(canaryCounted.Count, "problem", "problems")} in the last {GateFormat.Duration(rules.ProblemWindow)}, {input.StableVersion} had {stableCounted.Count}.",
            Requests = requests,
        };

        foreach (var problem in canaryCounted)
        {
            yield return new Objective
            {
                Name = $"problem {problem.DisplayId}",
                Outcome = Outcome.Info,
                ReasonCode = ReasonCodes.CanaryProblem,
                Value = ProblemTriage.Describe(problem),
                Threshold = "counted for the canary",
                Message = $"{problem.DisplayId} affects the canary {input.CanaryVersion}.",
                Requests = [requests[0]],
                Link = ProblemLinks.For(environmentUrl, problem.ProblemId),
            };
        }
    }

    private static List<GateProblem> Counted(IReadOnlyList<GateProblem> problems) =>
        problems
            .Where(p => ProblemTriage.IgnoreReason(p, ignoreClosed: false) is null)
            .OrderBy(p => p.StartTime)
            .ThenBy(p => p.DisplayId, StringComparer.Ordinal)
            .ToList();
}
