namespace Pharos.Gates.Deployments;

/// <summary>
/// The flags of <c>pharos deploy-event</c>, as given: null means "not passed" (the builder then
/// reads CI variables or reports what is missing). <see cref="EntitySelector"/> is the service's
/// entities in the environment, built by the CLI from the catalog.
/// </summary>
public sealed record DeploymentEventInput
{
    public string? Service { get; init; }

    public string? Environment { get; init; }

    public string? Version { get; init; }

    public string? EntitySelector { get; init; }

    public string? Commit { get; init; }

    public string? PipelineUrl { get; init; }

    public string? Project { get; init; }

    /// <summary>The release stage; the environment when not given.</summary>
    public string? Stage { get; init; }

    public string? Title { get; init; }

    public string? RemediationActionLink { get; init; }

    /// <summary>The release product; the service when not given.</summary>
    public string? Product { get; init; }

    public string? BuildVersion { get; init; }

    /// <summary>When the deployment happened; Dynatrace uses the time it receives the event when null.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Extra <c>--property key=value</c> pairs, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraProperties { get; init; } = [];
}
