using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;
using static Pharos.Evaluation.Tests.TestSupport.Events;

namespace Pharos.Evaluation.Tests.Problems;

/// <summary>
/// The tracker finds the problem an event joins through indexes (by entity and related entity) so alert storms stay
/// linear. This checks it against the merge rule stated plainly — the earliest open problem whose events all allow
/// merging, within the merge window, affecting the event's entity or one related to it — on random histories with
/// relations, non-merging events, closes and trimming.
/// </summary>
public sealed class ProblemTrackerMergeOracleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomHistories_JoinTheProblemThePlainRuleNames(int seed)
    {
        var random = new Random(seed);
        var entities = Enumerable.Range(0, 12).Select(i => i % 3 == 0 ? Host($"H{i}", $"node-{i}") : Service($"S{i}", $"svc-{i}")).ToArray();
        var directory = new InMemoryEntityDirectory(entities);
        for (var i = 0; i < 8; i++)
        {
            directory.Relate(entities[random.Next(entities.Length)].Id, entities[random.Next(entities.Length)].Id);
        }

        var options = new ProblemTrackerOptions { MergeWindow = TimeSpan.FromMinutes(20), ClosedProblemsKept = 3 };
        var tracker = new ProblemTracker(directory, options: options);
        var oracle = new MergeOracle(directory, options.MergeWindow!.Value);
        var open = new List<DavisEvent>();
        for (var minute = 0; minute < 120; minute++)
        {
            var transitions = new List<EventTransition>();
            for (var k = random.Next(4); k > 0; k--)
            {
                var e = Event($"{minute}-{k}", entities[random.Next(entities.Length)], minute, davisMerge: random.Next(6) != 0);
                open.Add(e);
                transitions.Add(Raise(e));
            }

            for (var k = random.Next(3); k > 0 && open.Count > 0; k--)
            {
                var e = open[random.Next(open.Count)];
                open.Remove(e);
                transitions.Add(Close(e, minute));
            }

            var changes = tracker.Apply(transitions);

            foreach (var change in changes.Where(c => c.Kind is ProblemChangeKind.Opened or ProblemChangeKind.EventMerged))
            {
                var expectedOpener = oracle.Raise(change.Event);
                Assert.Equal(expectedOpener, change.Problem.EvidenceDetails[0].EventId);
            }

            foreach (var change in changes.Where(c => c.Kind is ProblemChangeKind.EventClosed or ProblemChangeKind.Closed))
            {
                oracle.Close(change.Event.EventId);
            }
        }
    }

    /// <summary>The merge rule as a plain scan over every problem ever opened, in opening order.</summary>
    private sealed class MergeOracle(IEntityDirectory entities, TimeSpan window)
    {
        private readonly List<(string Opener, DateTimeOffset Start, bool Mergeable, HashSet<string> Entities, HashSet<string> OpenEvents)> _problems = [];

        public string Raise(DavisEvent e)
        {
            if (e.DavisMerge)
            {
                foreach (var p in _problems)
                {
                    var related = p.Entities.Contains(e.Entity.Id) || entities.RelatedTo(e.Entity.Id).Any(p.Entities.Contains);
                    if (p.OpenEvents.Count > 0 && p.Mergeable && e.StartTime - p.Start <= window && related)
                    {
                        p.Entities.Add(e.Entity.Id);
                        p.OpenEvents.Add(e.EventId);
                        return p.Opener;
                    }
                }
            }

            _problems.Add((e.EventId, e.StartTime, e.DavisMerge, [e.Entity.Id], [e.EventId]));
            return e.EventId;
        }

        public void Close(string eventId)
        {
            foreach (var p in _problems)
            {
                p.OpenEvents.Remove(eventId);
            }
        }
    }
}
