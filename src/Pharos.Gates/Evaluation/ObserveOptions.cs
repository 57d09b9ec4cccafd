using Pharos.Gates.Decisions;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>--observe 10m</c>: keep evaluating for <see cref="Duration"/>, every <see cref="PollInterval"/>.
/// <see cref="MaxConsecutiveErrors"/> failed polls in a row end the observation with ERROR; fewer
/// are tolerated because the HTTP client has already retried each one.
/// </summary>
public sealed record ObserveOptions(TimeSpan Duration, TimeSpan PollInterval, int MaxConsecutiveErrors = 3);

/// <summary>How an observation ended: <see cref="StoppedEarly"/> is true when a failure ended it before the window closed.</summary>
public sealed record ObservationResult(Decision Decision, int Polls, TimeSpan Elapsed, bool StoppedEarly);
