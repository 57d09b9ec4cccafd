using Microsoft.Extensions.DependencyInjection.Extensions;
using Pharos.Local.Auth;
using Pharos.Local.Entities;
using Pharos.Local.Evaluation;
using Pharos.Local.Events;
using Pharos.Local.Faults;
using Pharos.Local.Hosting;
using Pharos.Local.Metrics;
using Pharos.Local.Modules;
using Pharos.Local.Problems;
using Pharos.Local.Settings;
using Pharos.Local.Settings.Schemas;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Entities;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;
using Pharos.Local.Storage.Settings;
using Pharos.Local.Storage.Tokens;
using Pharos.Metrics.Query;
using Pharos.Settings;

namespace Microsoft.Extensions.DependencyInjection;

public static class PharosLocalServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local environment's storage, authentication, fault injection and API modules.
    /// Uses TryAdd, so registrations made earlier (a fake <see cref="TimeProvider"/>, a real settings
    /// schema provider, …) win.
    /// </summary>
    public static IServiceCollection AddPharosLocal(this IServiceCollection services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton(_ => new LocalDatabase(options.DataDirectory, pooling: true));
        services.TryAddSingleton<LocalDatabaseMigrator>();

        services.TryAddSingleton<ITokenStore, SqliteTokenStore>();
        services.TryAddSingleton<TokenAuthenticator>();
        services.TryAddSingleton<ILocalTokenAdministration, TokenAdministration>();
        services.TryAddSingleton<AdminTokenBootstrapper>();

        services.TryAddSingleton(_ => new FaultInjector(
            options.FaultInjection,
            options.FaultSeed is { } seed ? new Random(seed) : new Random()));

        AddSettings(services);
        AddEntitiesEventsProblems(services);
        AddMetrics(services);
        services.AddPharosLocalSlo();
        AddEvaluation(services);
        services.AddHostedService<RetentionService>();
        return services;
    }

    /// <summary>Adds an API module (e.g. the metrics endpoints) to the local environment.</summary>
    public static IServiceCollection AddPharosLocalModule<TModule>(this IServiceCollection services)
        where TModule : class, ILocalApiModule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILocalApiModule, TModule>());
        return services;
    }

    private static void AddSettings(IServiceCollection services)
    {
        // The real Settings 2.0 schemas; each seam can be replaced on its own by an earlier registration.
        services.TryAddSingleton(_ => SettingsSchemaRegistry.LoadEmbedded());
        services.TryAddSingleton<ISettingsSchemaProvider, RegistrySchemaProvider>();
        services.TryAddSingleton<ISettingsValidator, RegistrySettingsValidator>();
        services.TryAddSingleton<ISettingsSummarizer, RegistrySettingsSummarizer>();
        // Writes reach the database through a notifying wrapper, so listeners such as the metric metadata
        // sync see every committed change.
        services.TryAddSingleton<SqliteSettingsObjectStore>();
        services.TryAddSingleton<ISettingsObjectStore>(sp => new NotifyingSettingsObjectStore(
            sp.GetRequiredService<SqliteSettingsObjectStore>(), sp.GetServices<ISettingsChangeListener>()));
        services.TryAddSingleton<WriteGate<SettingsApiModule>>();
        services.TryAddSingleton<SettingsValueChecker>();
        services.TryAddSingleton<SettingsSchemaHandlers>();
        services.TryAddSingleton<SettingsListHandler>();
        services.TryAddSingleton<SettingsCreateHandler>();
        services.TryAddSingleton<SettingsObjectHandlers>();
        services.TryAddSingleton<SettingsUpdateHandler>();
        services.AddPharosLocalModule<SettingsApiModule>();
    }

    private static void AddEntitiesEventsProblems(IServiceCollection services)
    {
        services.TryAddSingleton<IEntityStore, SqliteEntityStore>();
        services.TryAddSingleton<LocalEntityRegistry>();
        services.TryAddSingleton<ILocalEntityRegistry>(sp => sp.GetRequiredService<LocalEntityRegistry>());
        services.TryAddSingleton<EntityResolver>();
        services.TryAddSingleton<EntitiesHandlers>();
        services.AddPharosLocalModule<EntitiesApiModule>();

        services.TryAddSingleton<IEventStore, SqliteEventStore>();
        services.TryAddSingleton<IProblemStore, SqliteProblemStore>();
        services.TryAddSingleton<WriteGate<EventIngestHandler>>();
        services.TryAddSingleton<EventTargetResolver>();
        services.TryAddSingleton<EventIngestHandler>();
        services.TryAddSingleton<EventsQueryHandlers>();
        services.AddPharosLocalModule<EventsApiModule>();

        services.TryAddSingleton<ProblemsQueryHandlers>();
        services.TryAddSingleton<ProblemCommentHandlers>();
        services.AddPharosLocalModule<ProblemsApiModule>();
    }

    private static void AddEvaluation(IServiceCollection services)
    {
        services.TryAddSingleton<EvaluationConfigLoader>();
        services.TryAddSingleton<EvaluationStore>();
        services.TryAddSingleton<LocalEntityDirectory>();
        services.TryAddSingleton(sp => new LocalMetricSeriesSource(
            sp.GetRequiredService<MetricStoreHost>(), sp.GetRequiredService<IEntitySelectorResolver>(), sp.GetRequiredService<IEntityNameResolver>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<LocalEntityDirectory>()));
        services.TryAddSingleton<LocalEvaluationCoordinator>();
        services.TryAddSingleton<ILocalEvaluation>(sp => sp.GetRequiredService<LocalEvaluationCoordinator>());
        services.AddHostedService<LocalEvaluationService>();
    }

    private static void AddMetrics(IServiceCollection services)
    {
        services.TryAddSingleton<IEntitySelectorResolver, LocalEntitySelectorResolver>();
        services.TryAddSingleton<IEntityNameResolver, LocalEntityNameResolver>();
        services.TryAddSingleton<IEntityParentResolver, LocalEntityParentResolver>();
        services.TryAddSingleton<MetricStoreHost>();
        services.TryAddSingleton<MetricEntityRegistrar>();
        services.TryAddSingleton<MetricMetadataSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingsChangeListener, MetricMetadataSync>(sp => sp.GetRequiredService<MetricMetadataSync>()));
        services.TryAddSingleton<MetricMetadataReconciler>();
        services.AddHostedService<MetricStoreLifecycle>();
        services.TryAddSingleton<MetricIngestHandler>();
        services.TryAddSingleton<MetricQueryHandler>();
        services.TryAddSingleton<MetricDescriptorHandlers>();
        services.AddPharosLocalModule<MetricsApiModule>();
    }
}
