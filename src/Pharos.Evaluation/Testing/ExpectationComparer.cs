using System.Globalization;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Pairs what fired with what was expected: exact matches first, then the same thing at another minute
/// (shifted), then the same minute with a different title (mismatched); the rest is missing or unexpected.
/// A list that is not given in the test (<c>expect.problems</c> or <c>expect.notifications</c>) is not checked.
/// </summary>
internal static class ExpectationComparer
{
    public static List<ExpectationDiff> Compare(AlertTestCase testCase, IReadOnlyList<FiredProblem> problems, IReadOnlyList<FiredNotification> notifications)
    {
        var diffs = new List<ExpectationDiff>();
        if (testCase.ExpectedProblems is { } expectedProblems)
        {
            var problemDiffs = new List<ExpectationDiff>();
            CompareProblems(expectedProblems, problems, problemDiffs);
            diffs.AddRange(problemDiffs.OrderBy(d => d.Minute));
        }

        if (testCase.ExpectedNotifications is { } expectedNotifications)
        {
            var notificationDiffs = new List<ExpectationDiff>();
            CompareNotifications(expectedNotifications, notifications, notificationDiffs);
            diffs.AddRange(notificationDiffs.OrderBy(d => d.Minute));
        }

        return diffs;
    }

    private static void CompareProblems(IReadOnlyList<ExpectedProblem> expected, IReadOnlyList<FiredProblem> fired, List<ExpectationDiff> diffs)
    {
        var left = fired.ToList();
        var pending = new List<ExpectedProblem>();
        foreach (var e in expected)
        {
            var f = left.Find(x => x.Minute == e.At && x.Opens == e.Opens && x.Title == e.Title);
            if (f is null)
            {
                pending.Add(e);
                continue;
            }

            left.Remove(f);
            var problems = new List<string>();
            if (e.Severity is { } severity && severity != f.Severity)
            {
                problems.Add($"severity {f.Severity}, expected {severity}");
            }

            if (e.Entity is { } entity && entity != f.EntityId && entity != f.EntityName)
            {
                problems.Add($"entity {f.EntityName} ({f.EntityId}), expected {entity}");
            }

            diffs.Add(new ExpectationDiff(problems.Count == 0 ? DiffKind.Matched : DiffKind.Mismatched, Describe(e), Minute(e.At), Minute(f.Minute), string.Join("; ", problems), e.Location, e.At));
        }

        foreach (var e in pending.ToList())
        {
            var f = left.Where(x => x.Opens == e.Opens && x.Title == e.Title).OrderBy(x => Math.Abs(x.Minute - e.At)).FirstOrDefault();
            if (f is not null)
            {
                left.Remove(f);
                pending.Remove(e);
                var delta = f.Minute - e.At;
                diffs.Add(new ExpectationDiff(DiffKind.Shifted, Describe(e), Minute(e.At), Minute(f.Minute), $"{Math.Abs(delta)} minute{(Math.Abs(delta) == 1 ? "" : "s")} {(delta > 0 ? "late" : "early")}", e.Location, e.At));
            }
        }

        foreach (var e in pending.ToList())
        {
            var f = left.Find(x => x.Opens == e.Opens && x.Minute == e.At);
            if (f is not null)
            {
                left.Remove(f);
                pending.Remove(e);
                diffs.Add(new ExpectationDiff(DiffKind.Mismatched, Describe(e), Minute(e.At), Minute(f.Minute), $"title is \"{f.Title}\"", e.Location, e.At));
            }
        }

        diffs.AddRange(pending.Select(e => new ExpectationDiff(DiffKind.Missing, Describe(e), Minute(e.At), "—", "never happened", e.Location, e.At)));
        diffs.AddRange(left.Select(f => new ExpectationDiff(
            DiffKind.Unexpected, $"{(f.Opens ? "opens " : "closes")} \"{f.Title}\"", "—", Minute(f.Minute), $"{f.Severity} on {f.EntityName}, not expected", null, f.Minute)));
    }

    private static void CompareNotifications(IReadOnlyList<ExpectedNotification> expected, IReadOnlyList<FiredNotification> fired, List<ExpectationDiff> diffs)
    {
        var left = fired.ToList();
        var pending = new List<ExpectedNotification>();
        foreach (var e in expected)
        {
            var f = left.Find(x => x.To == e.To && x.State == e.State && SameMinute(e.At, x.Minute));
            if (f is null)
            {
                pending.Add(e);
                continue;
            }

            left.Remove(f);
            var note = e.Attempt is { } attempt && attempt != f.Attempt ? $"delivered on attempt {f.Attempt}, expected attempt {attempt}" : "";
            diffs.Add(new ExpectationDiff(note.Length == 0 ? DiffKind.Matched : DiffKind.Mismatched, Describe(e), Minute(e.At), Minute(f.Minute), note, e.Location, e.At));
        }

        foreach (var e in pending)
        {
            var f = left.Where(x => x.To == e.To && x.State == e.State).OrderBy(x => Math.Abs(x.Minute - e.At)).FirstOrDefault();
            if (f is not null)
            {
                left.Remove(f);
                var delta = f.Minute - e.At;
                diffs.Add(new ExpectationDiff(DiffKind.Shifted, Describe(e), Minute(e.At), Minute(f.Minute), $"{Minute(Math.Abs(delta))} {(delta > 0 ? "late" : "early")}", e.Location, e.At));
            }
            else
            {
                diffs.Add(new ExpectationDiff(DiffKind.Missing, Describe(e), Minute(e.At), "—", "never delivered", e.Location, e.At));
            }
        }

        diffs.AddRange(left.Select(f => new ExpectationDiff(
            DiffKind.Unexpected, $"{WireNames.Of(f.State)} → {f.To}", "—", Minute(f.Minute), "not expected", null, f.Minute)));
    }

    private static bool SameMinute(double expected, double actual) =>
        expected % 1 == 0 ? Math.Floor(actual) == expected : Math.Abs(actual - expected) < 1e-9;

    private static string Describe(ExpectedProblem e) => $"{(e.Opens ? "opens " : "closes")} \"{e.Title}\"";

    private static string Describe(ExpectedNotification e) => $"{WireNames.Of(e.State)} → {e.To}";

    /// <summary>"4", "4m30s": minutes of the run as written in test files.</summary>
    public static string Minute(double minutes)
    {
        var whole = Math.Floor(minutes);
        var seconds = (int)Math.Round((minutes - whole) * 60);
        return seconds == 0 ? whole.ToString(CultureInfo.InvariantCulture) : $"{whole.ToString(CultureInfo.InvariantCulture)}m{seconds.ToString(CultureInfo.InvariantCulture)}s";
    }
}
