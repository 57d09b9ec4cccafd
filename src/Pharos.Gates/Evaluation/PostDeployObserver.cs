using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate post-deploy --observe</c>. A FAILED decision is final at once; HEALTHY and
/// DEGRADED are only final when the window closes, because a critical problem may still come (a
/// DEGRADED that stopped early could hide a later FAILED). The final decision gains an info
/// objective saying how long it watched.
/// </summary>
public static class PostDeployObserver
{
    public static Task<ObservationResult> ObserveAsync(
        IGateDataSource source,
        PostDeployInput input,
        GatePolicy policy,
        GateContext context,
        ObserveOptions options,
        IProgress<Decision>? progress,
        CancellationToken cancellationToken) =>
        ObserveAsync(ct => PostDeployGate.EvaluateAsync(source, input, policy, context, ct), context.Clock, options, progress, cancellationToken);

    /// <summary>The loop itself, over any evaluation, so that it can be tested with a fake clock.</summary>
    public static async Task<ObservationResult> ObserveAsync(
        Func<CancellationToken, Task<Decision>> evaluate,
        TimeProvider clock,
        ObserveOptions options,
        IProgress<Decision>? progress,
        CancellationToken cancellationToken)
    {
        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, "the poll interval must be positive");
        }

        var start = clock.GetUtcNow();
        var deadline = start + options.Duration;
        var polls = 0;
        var consecutiveErrors = 0;
        while (true)
        {
            var decision = await evaluate(cancellationToken).ConfigureAwait(false);
            polls++;
            progress?.Report(decision);
            var now = clock.GetUtcNow();

            if (decision.Outcome == Outcome.Fail)
            {
                return Finish(decision, polls, now - start, stoppedEarly: now < deadline);
            }

            if (decision.Outcome == Outcome.Error)
            {
                consecutiveErrors++;
                if (consecutiveErrors >= options.MaxConsecutiveErrors)
                {
                    return Finish(decision, polls, now - start, stoppedEarly: now < deadline);
                }
            }
            else
            {
                consecutiveErrors = 0;
            }

            if (now >= deadline)
            {
                // The last poll covers the whole window; if it failed to answer, an earlier HEALTHY
                // does not vouch for the rest of the window, so the error stands.
                return Finish(decision, polls, now - start, stoppedEarly: false);
            }

            var wait = options.PollInterval < deadline - now ? options.PollInterval : deadline - now;
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ObservationResult Finish(Decision decision, int polls, TimeSpan elapsed, bool stoppedEarly)
    {
        var observed = new Objective
        {
            Name = "observation",
            Outcome = Outcome.Info,
            ReasonCode = ReasonCodes.PostDeployObserved,
            Value = $"{GateFormat.Duration(elapsed)}, {GateFormat.Plural(polls, "poll", "polls")}",
            Threshold = stoppedEarly ? "stopped at the first failure" : "until the window closed",
            Message = stoppedEarly
                ? $"watched for {GateFormat.Duration(elapsed)} and stopped at the first failure."
                : $"watched for {GateFormat.Duration(elapsed)} ({GateFormat.Plural(polls, "poll", "polls")}).",
        };
        var final = decision with { Objectives = [.. decision.Objectives, observed] };
        return new ObservationResult(final, polls, elapsed, stoppedEarly);
    }
}
