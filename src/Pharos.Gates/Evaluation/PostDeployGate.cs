using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Policy;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate post-deploy</c>: did the deployment bring problems? Finds the deployment (its
/// latest event, or --since), reads the problems on the deployed entities since then and decides
/// with <see cref="Decide"/>.
/// </summary>
public static class PostDeployGate
{
    public static async Task<Decision> EvaluateAsync(
        IGateDataSource source,
        PostDeployInput input,
        GatePolicy policy,
        GateContext context,
        CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow();
        var target = input.Target;
        Deployment? deployment = null;
        EventRequest? eventRequest = null;
        if (input.Since is null)
        {
            eventRequest = DeploymentEventsRequest(target, policy, now);
            try
            {
                var events = await source.GetEventsAsync(eventRequest, cancellationToken).ConfigureAwait(false);
                deployment = DeploymentGrouping.Group(events).LastOrDefault();
            }
            catch (GateDataException e)
            {
                return Failed(target, policy, now, DecisionFactory.Unavailable("deployment", eventRequest.Describe(), e.Message), e.Message);
            }

            if (deployment is null)
            {
                return NoDeployment(target, policy, now, eventRequest);
            }
        }

        var since = input.Since ?? deployment!.Time;
        var problemRequest = ProblemsRequest(target, deployment, since, policy, now);
        IReadOnlyList<GateProblem> problems;
        try
        {
            problems = await source.GetProblemsAsync(problemRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (GateDataException e)
        {
            return Failed(target, policy, now, DecisionFactory.Unavailable("problems since deployment", problemRequest.Describe(), e.Message), e.Message);
        }

        return Decide(target, deployment, eventRequest, since, problems, problemRequest, policy, context.EnvironmentUrl, now);
    }

    public static EventRequest DeploymentEventsRequest(GateTarget target, GatePolicy policy, DateTimeOffset now) =>
        new($"eventType(\"{DeploymentProperties.EventType}\")", target.EntitySelector, now - policy.PostDeploy.DeploymentLookback, now);

    /// <summary>All problems (open or closed) on the deployed entities, from the deployment minus the start tolerance.</summary>
    public static ProblemRequest ProblemsRequest(GateTarget target, Deployment? deployment, DateTimeOffset since, GatePolicy policy, DateTimeOffset now)
    {
        var selector = deployment is { Entities.Count: > 0 }
            ? EntitySelectors.ById(deployment.Entities.Select(e => e.Id))
            : target.EntitySelector;
        return new ProblemRequest(null, selector, since - policy.PostDeploy.StartTolerance, now);
    }

    /// <summary>
    /// FAILED when a problem with a critical severity started since the deployment, DEGRADED when
    /// more than <see cref="PostDeployPolicy.DegradedAbove"/> did, HEALTHY otherwise. Problems that
    /// started earlier, duplicates and problems under maintenance are listed but not counted.
    /// </summary>
    public static Decision Decide(
        GateTarget target,
        Deployment? deployment,
        EventRequest? eventRequest,
        DateTimeOffset since,
        IReadOnlyList<GateProblem> problems,
        ProblemRequest problemRequest,
        GatePolicy policy,
        Uri? environmentUrl,
        DateTimeOffset now)
    {
        var rules = policy.PostDeploy;
        var requestText = problemRequest.Describe();
        var countFrom = since - rules.StartTolerance;
        var objectives = new List<Objective> { DeploymentObjective(deployment, eventRequest, since) };
        var critical = new List<string>();
        var counted = new List<string>();

        foreach (var problem in problems.OrderBy(p => p.StartTime).ThenBy(p => p.DisplayId, StringComparer.Ordinal))
        {
            if (ProblemTriage.IgnoreReason(problem, ignoreClosed: false) is { } reason)
            {
                objectives.Add(ProblemTriage.Ignored(reason, problem, problemRequest, environmentUrl));
                continue;
            }

            var link = ProblemLinks.For(environmentUrl, problem.ProblemId);
            if (problem.StartTime < countFrom)
            {
                objectives.Add(ProblemObjective(problem, Outcome.Info, ReasonCodes.PostDeployPreexistingProblem, "not counted: started before the deployment",
                    $"{problem.DisplayId} started at {GateFormat.Time(problem.StartTime)}, before the deployment at {GateFormat.Time(since)}.", requestText, link));
                continue;
            }

            counted.Add(problem.DisplayId);
            var isCritical = ProblemTriage.HasSeverity(problem, rules.CriticalSeverities);
            if (isCritical)
            {
                critical.Add(problem.DisplayId);
            }

            objectives.Add(isCritical
                ? ProblemObjective(problem, Outcome.Fail, ReasonCodes.PostDeployCriticalProblem, $"critical: {GateFormat.List(rules.CriticalSeverities)}",
                    $"critical problem {problem.DisplayId} started after the deployment of {target}.", requestText, link)
                : ProblemObjective(problem, Outcome.Info, ReasonCodes.PostDeployProblem, $"critical: {GateFormat.List(rules.CriticalSeverities)}",
                    $"problem {problem.DisplayId} started after the deployment of {target}; it counts towards the DEGRADED limit.", requestText, link));
        }

        if (critical.Count == 0)
        {
            objectives.Insert(1, new Objective
            {
                Name = "critical problems",
                Outcome = Outcome.Pass,
                ReasonCode = ReasonCodes.PostDeployNoCriticalProblems,
                Value = "0",
                Threshold = $"0 with severity {GateFormat.List(rules.CriticalSeverities)}",
                Message = $"no critical problem started on {target} since {GateFormat.Time(since)}.",
                Requests = [requestText],
            });
        }

        var degraded = counted.Count > rules.DegradedAbove;
        objectives.Insert(critical.Count == 0 ? 2 : 1, new Objective
        {
            Name = "problems since deployment",
            Outcome = degraded ? Outcome.Warning : Outcome.Pass,
            ReasonCode = degraded ? ReasonCodes.PostDeployTooManyProblems : ReasonCodes.PostDeployProblemsWithinLimit,
            Value = counted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Threshold = $"≤ {rules.DegradedAbove}",
            Message = counted.Count == 0
                ? $"no problem started on {target} since {GateFormat.Time(since)}."
                : $"{GateFormat.Plural(counted.Count, "problem", "problems")} started on {target} since {GateFormat.Time(since)}: {GateFormat.List(counted)}.",
            Requests = [requestText],
        });

        return DecisionFactory.Create(GateKind.PostDeploy, target, policy, now, new TimeWindow(since, now), objectives, outcome => outcome switch
        {
            Outcome.Fail => $"{GateFormat.Plural(critical.Count, "critical problem", "critical problems")} since the deployment of {target}: {GateFormat.List(critical)}.",
            Outcome.Warning => $"{counted.Count} problems since the deployment of {target} (more than {rules.DegradedAbove}): {GateFormat.List(counted)}.",
            _ => $"{target} is healthy since {GateFormat.Time(since)}: {GateFormat.Plural(counted.Count, "problem", "problems")}, none critical.",
        });
    }

    private static Objective DeploymentObjective(Deployment? deployment, EventRequest? request, DateTimeOffset since) => new()
    {
        Name = "deployment",
        Outcome = Outcome.Info,
        ReasonCode = ReasonCodes.PostDeployDeployment,
        Value = deployment is null ? $"--since {GateFormat.Time(since)}" : $"{deployment.Describe()} at {GateFormat.Time(deployment.Time)}",
        Threshold = "problems are counted from here",
        Message = deployment is null
            ? $"problems are counted from --since {GateFormat.Time(since)}."
            : $"the latest deployment event ({deployment.Describe()}) on {GateFormat.Plural(deployment.Entities.Count, "entity", "entities")} at {GateFormat.Time(deployment.Time)}.",
        Requests = request is null ? [] : [request.Describe()],
    };

    private static Objective ProblemObjective(GateProblem problem, Outcome outcome, string code, string threshold, string message, string request, string? link) => new()
    {
        Name = $"problem {problem.DisplayId}",
        Outcome = outcome,
        ReasonCode = code,
        Value = ProblemTriage.Describe(problem),
        Threshold = threshold,
        Message = message,
        Requests = [request],
        Link = link,
    };

    private static Decision NoDeployment(GateTarget target, GatePolicy policy, DateTimeOffset now, EventRequest request)
    {
        var lookback = GateFormat.Duration(policy.PostDeploy.DeploymentLookback);
        var objective = new Objective
        {
            Name = "deployment",
            Outcome = Outcome.Error,
            ReasonCode = ReasonCodes.PostDeployNoDeployment,
            Value = "none",
            Threshold = $"a CUSTOM_DEPLOYMENT event in the last {lookback}",
            Message = $"no deployment event on {target} in the last {lookback}. Send one with 'pharos deploy-event' after deploying, or pass --since.",
            Requests = [request.Describe()],
        };
        return DecisionFactory.Create(GateKind.PostDeploy, target, policy, now, new TimeWindow(request.From, request.To), [objective],
            _ => $"no deployment of {target} found in the last {lookback}.");
    }

    private static Decision Failed(GateTarget target, GatePolicy policy, DateTimeOffset now, Objective objective, string reason) =>
        DecisionFactory.Create(GateKind.PostDeploy, target, policy, now, null, [objective], _ => $"could not check {target}: {reason}");
}
