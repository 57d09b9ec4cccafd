using Pharos.Gates.Decisions;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Gates;

/// <summary>
/// What a gate, a deployment event or a trace looks at, built with the same tags sync uses
/// (docs/dynatrace-mapping.md, "How a service × environment is selected"): the services tagged
/// <c>[Kubernetes]app:&lt;service&gt;</c> and <c>[Kubernetes]cost.environment:&lt;environment&gt;</c>.
/// </summary>
public static class GateTargets
{
    /// <summary>How <see cref="GateTarget.Environment"/> reads when no environment was given.</summary>
    public const string AllEnvironments = "all environments";

    /// <summary>The service's SERVICE entities in one environment, or <paramref name="entitySelector"/> when given.</summary>
    public static GateTarget For(string service, string environment, string? entitySelector = null) =>
        new(service, environment, Override(entitySelector) ?? new ServiceEntityScope(service, environment, []).ServiceSelector);

    /// <summary>
    /// The service's SERVICE entities in every environment (the <c>app</c> tag only), for
    /// <c>pharos trace deployments SERVICE</c> without <c>--env</c>.
    /// </summary>
    public static GateTarget ForAllEnvironments(string service, string? entitySelector = null) =>
        new(service, AllEnvironments, Override(entitySelector) ?? $"type(SERVICE),{new KubernetesTag("app", service).Criterion}");

    private static string? Override(string? entitySelector) => string.IsNullOrWhiteSpace(entitySelector) ? null : entitySelector.Trim();
}
