using Pharos.Catalog.Model;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// SLOs per environment: the profile's tier baseline, then the profile's environmentOverrides,
/// then the service's sloAvailability / sloLatencyP95ms / sloLatencyP99ms / sloErrorRate.
/// </summary>
internal static class SloResolver
{
    public static ResolvedSlos Resolve(ServiceDefinition service, MonitoringProfile? profile, EnvironmentId environment)
    {
        var availability = new Chain();
        var p95 = new Chain();
        var p99 = new Chain();
        var errorRate = new Chain();

        if (profile is not null)
        {
            var slos = profile.Slos;
            var baseLayer = $"profile {profile.Name} slos";
            availability.Add(baseLayer, slos.Availability?.ForTier(environment.Tier));
            p95.Add(baseLayer, slos.Latency?.P95);
            p99.Add(baseLayer, slos.Latency?.P99);
            errorRate.Add(baseLayer, slos.ErrorRate?.ForTier(environment.Tier));
            foreach (var o in LayerBuilder.MatchingOverrides(profile.EnvironmentOverrides, o => o.Key.Value, environment))
            {
                var layer = $"profile {profile.Name} environmentOverrides.{o.Key.Value}";
                availability.Add(layer, o.Availability);
                p95.Add(layer, o.Latency?.P95);
                p99.Add(layer, o.Latency?.P99);
                errorRate.Add(layer, o.ErrorRate);
            }
        }

        foreach (var o in LayerBuilder.MatchingOverrides(service.Monitoring.Overrides, o => o.Key.Value, environment))
        {
            var layer = $"service {service.Name} overrides.{o.Key.Value}";
            availability.Add(layer, o.SloAvailability);
            p95.Add(layer, o.SloLatencyP95Ms);
            p99.Add(layer, o.SloLatencyP99Ms);
            errorRate.Add(layer, o.SloErrorRate);
        }

        return new ResolvedSlos(availability.Result, p95.Result, p99.Result, errorRate.Result);
    }

    private sealed class Chain
    {
        public Resolved<double>? Result { get; private set; }

        public void Add(string layer, Located<double>? value)
        {
            if (value is not { } v)
            {
                return;
            }

            var shadowed = Result is null ? [] : new[] { Result.Source }.Concat(Result.Shadowed).ToList();
            Result = new Resolved<double>(v.Value, new Provenance(layer, v.Location), shadowed);
        }
    }
}
