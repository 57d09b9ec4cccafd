using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Series;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Runs one test case: loads its series into an in-memory source and runs the whole pipeline (metric events,
/// problems, notifications) under a virtual clock, one cycle per minute, then compares with the expectations.
/// Minute m of the run is evaluated when the clock reaches start + m + 1 minutes.
/// </summary>
internal static class AlertTestExecutor
{
    public static async Task<AlertTestCaseResult?> RunAsync(AlertTestFile file, AlertTestCase testCase, AlertTestCatalog catalog, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        if (!Validate(testCase, catalog, sink, out var minutes))
        {
            return null;
        }

        var entities = new InMemoryEntityDirectory(catalog.Entities);
        foreach (var (a, b) in catalog.Relations)
        {
            entities.Relate(a, b);
        }

        var source = new InMemoryMetricSeriesSource(entities);
        var origin = EvaluationMinutes.Of(file.Start);
        foreach (var series in testCase.Series)
        {
            for (var i = 0; i < series.Values.Length; i++)
            {
                if (!double.IsNaN(series.Values[i]))
                {
                    source.Set(series.MetricKey, series.Dimensions, origin + series.FirstMinute + i, series.Values[i]);
                }
            }
        }

        var calendar = new MaintenanceCalendar(catalog.MaintenanceWindows);
        var engine = new MetricEventEngine(source, entities);
        engine.SetConfigs(catalog.MetricEvents);
        var planner = new NotificationPlanner(calendar);
        planner.SetConfigs(catalog.Notifications, catalog.AlertingProfiles);
        var log = new InMemoryDeliveryLog();
        var pipeline = new EvaluationPipeline(
            engine, new ProblemTracker(entities, calendar), planner, new NotificationDispatcher(planner, new SimulatedEndpoints(testCase.Outages, file.Start), log), log);

        var problems = new List<FiredProblem>();
        var errors = new SortedSet<string>(StringComparer.Ordinal);
        for (var minute = 0; minute < minutes; minute++)
        {
            var cycle = await pipeline.RunAsync(file.Start.AddMinutes(minute + 1), cancellationToken).ConfigureAwait(false);
            foreach (var error in cycle.Evaluation.Errors)
            {
                if (errors.Add($"metric event '{error.Summary}' ({error.ConfigId}) cannot be evaluated: {error.Message}"))
                {
                    var query = catalog.MetricEvents.FirstOrDefault(m => m.ObjectId == error.ConfigId)?.Query.Text ?? error.ConfigId;
                    sink.Add(EvaluationDiagnostics.UnsupportedSelector(testCase.Location, query, error.Message));
                }
            }

            foreach (var change in cycle.ProblemChanges.Where(c => c.Kind is ProblemChangeKind.Opened or ProblemChangeKind.Closed))
            {
                var p = change.Problem;
                problems.Add(new FiredProblem(
                    (int)(change.At - file.Start).TotalMinutes, change.Kind == ProblemChangeKind.Opened, p.Title, WireNames.Of(p.SeverityLevel),
                    p.RootCauseEntity?.Id ?? "", p.RootCauseEntity?.Name ?? "", p.DisplayId));
            }
        }

        var notifications = log.Entries
            .Where(e => e.Outcome == DeliveryOutcome.Delivered)
            .Select(e => new FiredNotification((e.At - file.Start).TotalMinutes, e.NotificationName, e.State, e.Attempt))
            .ToList();
        var differences = ExpectationComparer.Compare(testCase, problems, notifications);
        var passed = errors.Count == 0 && differences.All(d => d.Kind == DiffKind.Matched);
        return new AlertTestCaseResult(
            file.Path, testCase.Name, testCase.Location, passed, file.Start, minutes, testCase.Series, problems, notifications, log.Entries, differences, [.. errors],
            testCase.ExpectedProblems);
    }

    private static bool Validate(AlertTestCase testCase, AlertTestCatalog catalog, IDiagnosticSink sink, out int minutes)
    {
        var ok = true;
        var names = catalog.Notifications.Select(n => n.DisplayName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (name, at) in (testCase.ExpectedNotifications ?? []).Select(n => (n.To, n.Location)).Concat(testCase.Outages.Select(o => (o.Notification, o.Location))))
        {
            if (!names.Contains(name))
            {
                sink.Add(EvaluationDiagnostics.UnknownNotification(at, name, names));
                ok = false;
            }
        }

        var enabled = catalog.MetricEvents.Where(m => m.Enabled).ToList();
        var window = enabled.Count == 0 ? 0 : enabled.Max(m => m.Model.WindowLength + (m.Query.QueryOffset ?? 0));
        var end = testCase.Series.Count == 0 ? 0 : testCase.Series.Max(s => s.EndMinute);
        var latest = (testCase.ExpectedProblems ?? []).Select(p => (double)p.At).Concat((testCase.ExpectedNotifications ?? []).Select(n => n.At)).DefaultIfEmpty(-1).Max();
        minutes = testCase.Minutes ?? (int)Math.Max(end + window + 1, Math.Floor(latest) + 1);
        foreach (var (value, at) in (testCase.ExpectedProblems ?? []).Select(p => ((double)p.At, p.Location)).Concat((testCase.ExpectedNotifications ?? []).Select(n => (n.At, n.Location))))
        {
            if (value >= minutes)
            {
                sink.Add(EvaluationDiagnostics.MinuteOutOfRange(at, "at", (long)value, minutes));
                ok = false;
            }
        }

        return ok;
    }
}
