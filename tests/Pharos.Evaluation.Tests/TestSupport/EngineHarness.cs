using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Runs a metric-event engine over in-memory series under a virtual clock, one cycle per minute.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public EngineHarness(params MetricEventConfig[] configs)
        : this(new EvaluationOptions(), configs)
    {
    }

    public EngineHarness(EvaluationOptions options, params MetricEventConfig[] configs)
    {
        Entities = new InMemoryEntityDirectory();
        Source = new InMemoryMetricSeriesSource(Entities);
        Engine = new MetricEventEngine(Source, Entities, options);
        Engine.SetConfigs(configs);
    }

    public InMemoryEntityDirectory Entities { get; }

    public InMemoryMetricSeriesSource Source { get; }

    public MetricEventEngine Engine { get; set; }

    /// <summary>Stores one value per minute from minute <paramref name="firstMinute"/>; null is a minute without data.</summary>
    public EngineHarness Series(string metric, SeriesDimensions dimensions, IEnumerable<double?> values, int firstMinute = 0)
    {
        var minute = EvaluationMinutes.Of(Start) + firstMinute;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                Source.Set(metric, dimensions, minute, v);
            }

            minute++;
        }

        return this;
    }

    public EngineHarness Card(params double?[] values) =>
        Series("payment_success_rate", SeriesDimensions.Of(("payment_method", "card")), values);

    /// <summary>The virtual time at which minute <paramref name="minute"/> is complete and gets evaluated.</summary>
    public static DateTimeOffset After(int minute) => Start.AddMinutes(minute + 1);

    public static int MinuteOf(DateTimeOffset at) => (int)(at - Start).TotalMinutes;

    /// <summary>Evaluates minutes <paramref name="from"/>..<paramref name="to"/> one cycle each; returns "raise@4", "close@9" style marks.</summary>
    public async Task<List<EventTransition>> RunAsync(int from, int to)
    {
        var all = new List<EventTransition>();
        for (var minute = from; minute <= to; minute++)
        {
            var cycle = await Engine.EvaluateAsync(After(minute), CancellationToken.None);
            Assert.Empty(cycle.Errors);
            all.AddRange(cycle.Transitions);
        }

        return all;
    }

    public static List<string> Marks(IEnumerable<EventTransition> transitions) =>
        [.. transitions.Select(t => (t.Kind == EventTransitionKind.Raised ? "raise@" : "close@") + MinuteOf(t.At))];
}
