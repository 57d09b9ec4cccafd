using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Hand-made events and transitions for problem and notification tests.</summary>
internal static class Events
{
    public static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static EntityInfo Service(string suffix, string name, params string[] tags) =>
        new($"SERVICE-{suffix.PadLeft(16, '0')}", "SERVICE", name, tags, []);

    public static EntityInfo Host(string suffix, string name) => new($"HOST-{suffix.PadLeft(16, '0')}", "HOST", name, [], []);

    public static DavisEvent Event(string id, EntityInfo entity, int minute, string eventType = "ERROR_EVENT", string? title = null, bool davisMerge = true, params (string, string)[] properties) => new(
        id,
        id.PadLeft(16, '0'),
        "config-" + id,
        "summary " + id,
        eventType,
        EventTypes.ProblemSeverityOf(eventType),
        title ?? $"Event {id} on {entity.Name}",
        $"Description of {id}",
        entity,
        SeriesDimensions.Empty,
        [.. properties.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2))],
        T0.AddMinutes(minute),
        null,
        davisMerge,
        1,
        0,
        3,
        0);

    public static EventTransition Raise(DavisEvent e) => new(EventTransitionKind.Raised, e, e.StartTime);

    public static EventTransition Close(DavisEvent e, int minute) => new(EventTransitionKind.Closed, e with { EndTime = T0.AddMinutes(minute) }, T0.AddMinutes(minute));
}
