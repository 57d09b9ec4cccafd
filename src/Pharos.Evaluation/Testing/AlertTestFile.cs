using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Testing;

/// <summary>A parsed alert-test file (<c>*.alert-test.yaml</c>): what is under test, and the cases.</summary>
public sealed record AlertTestFile(
    string Path,
    string? Catalog,
    SourceLocation? CatalogLocation,
    string? Environment,
    DateTimeOffset Start,
    AlertTestCatalog Inline,
    IReadOnlyList<AlertTestCase> Cases);

/// <summary>Objects under test: resolved from the catalog and/or written inline in the test file.</summary>
public sealed record AlertTestCatalog(
    IReadOnlyList<MetricEventConfig> MetricEvents,
    IReadOnlyList<AlertingProfile> AlertingProfiles,
    IReadOnlyList<ProblemNotificationConfig> Notifications,
    IReadOnlyList<MaintenanceWindow> MaintenanceWindows,
    IReadOnlyList<EntityInfo> Entities,
    IReadOnlyList<(string EntityId, string OtherEntityId)> Relations)
{
    public static AlertTestCatalog Empty { get; } = new([], [], [], [], [], []);

    /// <summary>Both catalogs together; an inline object replaces a catalog object with the same id.</summary>
    public AlertTestCatalog Merge(AlertTestCatalog inline) => new(
        Union(MetricEvents, inline.MetricEvents, m => m.ObjectId),
        Union(AlertingProfiles, inline.AlertingProfiles, p => p.ObjectId),
        Union(Notifications, inline.Notifications, n => n.ObjectId),
        Union(MaintenanceWindows, inline.MaintenanceWindows, w => w.ObjectId),
        Union(Entities, inline.Entities, e => e.Id),
        [.. Relations, .. inline.Relations]);

    private static List<T> Union<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, string> id) =>
        [.. first.Where(a => !second.Any(b => id(b) == id(a))), .. second];
}

/// <summary>One test case: input series, how long to run, simulated outages and what must happen.</summary>
public sealed record AlertTestCase(
    string Name,
    SourceLocation Location,
    IReadOnlyList<SeriesInput> Series,
    int? Minutes,
    SourceLocation? MinutesLocation,
    IReadOnlyList<EndpointOutage> Outages,
    IReadOnlyList<ExpectedProblem>? ExpectedProblems,
    IReadOnlyList<ExpectedNotification>? ExpectedNotifications);

/// <summary>
/// One input series: metric key, dimensions and one value per minute (NaN = no data). <see cref="FirstMinute"/> is
/// negative when history was written before <c>|</c>.
/// </summary>
public sealed record SeriesInput(string MetricKey, SeriesDimensions Dimensions, long FirstMinute, double[] Values, string Text, SourceLocation Location)
{
    public long EndMinute => FirstMinute + Values.Length;
}

/// <summary>A notification endpoint that fails every attempt in minutes [From, To).</summary>
public sealed record EndpointOutage(string Notification, double From, double To, SourceLocation Location);

/// <summary>A problem that must open or close at a minute. Severity and entity (id or name) are checked when given.</summary>
public sealed record ExpectedProblem(int At, bool Opens, string Title, string? Severity, string? Entity, SourceLocation Location);

/// <summary>A notification that must be delivered at a minute (fraction allowed: 4.5 = 4 min 30 s), optionally on a given attempt.</summary>
public sealed record ExpectedNotification(double At, string To, NotificationState State, int? Attempt, SourceLocation Location);
