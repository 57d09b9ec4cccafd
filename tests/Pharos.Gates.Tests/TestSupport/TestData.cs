using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;

namespace Pharos.Gates.Tests.TestSupport;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 10, 0, 0, TimeSpan.Zero);

    public static readonly Uri EnvironmentUrl = new("https://abc12345.live.dynatrace.com/");

    public static readonly GateTarget Target = new(
        "payment-processor",
        "prod",
        "type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")");

    public static readonly GateEntity Service1 = new("SERVICE-0000000000000001", "SERVICE", "PaymentController");
    public static readonly GateEntity Service2 = new("SERVICE-0000000000000002", "SERVICE", "RefundController");

    public static GateProblem Problem(
        string displayId,
        string severity,
        DateTimeOffset start,
        string status = "OPEN",
        GateEntity? rootCause = null,
        IReadOnlyList<GateEntity>? affected = null,
        string? linkedTo = null,
        bool underMaintenance = false,
        string? title = null) => new()
        {
            ProblemId = $"-{displayId.Replace("P-", "", StringComparison.Ordinal)}_1741946400000V2",
            DisplayId = displayId,
            Title = title ?? $"{severity.ToLowerInvariant()} problem {displayId}",
            SeverityLevel = severity,
            ImpactLevel = "SERVICES",
            Status = status,
            StartTime = start,
            EndTime = status == "OPEN" ? null : start.AddMinutes(5),
            AffectedEntities = affected ?? [Service1],
            RootCauseEntity = rootCause,
            LinkedProblemId = linkedTo,
            UnderMaintenance = underMaintenance,
        };

    public static GateEvent Deployment(
        string eventId,
        GateEntity entity,
        DateTimeOffset start,
        string version,
        string? commit = null,
        string? link = null) => new()
        {
            EventId = eventId,
            EventType = DeploymentProperties.EventType,
            Title = $"Deploy payment-processor {version} to prod",
            StartTime = start,
            Entity = entity,
            Properties = new Dictionary<string, string>
            {
                [DeploymentProperties.Name] = "payment-processor",
                [DeploymentProperties.Version] = version,
                [DeploymentProperties.Commit] = commit ?? $"{version.Replace(".", "", StringComparison.Ordinal)}aaaaaaa",
                [DeploymentProperties.CiBackLink] = link ?? $"https://github.com/bank/payments/actions/runs/{version.Replace(".", "", StringComparison.Ordinal)}",
                [DeploymentProperties.Service] = "payment-processor",
                [DeploymentProperties.Environment] = "prod",
            },
        };

    public static GateContext Context(TimeProvider? clock = null) => new(clock ?? new ManualTimeProvider(Now), EnvironmentUrl);
}
