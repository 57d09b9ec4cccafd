using Microsoft.Extensions.DependencyInjection.Extensions;
using Pharos.Local.Slo;

namespace Microsoft.Extensions.DependencyInjection;

internal static class SloServiceCollectionExtensions
{
    /// <summary>The SLO API and the func:slo metrics; the metrics handlers take <see cref="SloMetricQuery"/> and <see cref="SloMetricDescriptors"/>.</summary>
    public static IServiceCollection AddPharosLocalSlo(this IServiceCollection services)
    {
        services.TryAddSingleton<LocalSloDefinitions>();
        services.TryAddSingleton<MetricStoreSloCounts>();
        services.TryAddSingleton<SloEvaluationService>();
        services.TryAddSingleton<SloRelatedProblems>();
        services.TryAddSingleton<SloHandlers>();
        services.TryAddSingleton<SloMetricQuery>();
        services.TryAddSingleton<SloMetricDescriptors>();
        services.AddPharosLocalModule<SloApiModule>();
        return services;
    }
}
