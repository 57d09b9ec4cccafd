using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Local.Problems;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The evaluated configuration read from the settings store: metric events, problem notifications, alerting
/// profiles and maintenance windows. <see cref="Fingerprint"/> changes whenever one of those objects is created,
/// updated or deleted, so the coordinator re-reads them only then. <see cref="Rejected"/> counts objects the
/// readers refused (their diagnostics name fields, never values).
/// </summary>
internal sealed record EvaluationConfigs(
    string Fingerprint,
    IReadOnlyList<MetricEventConfig> MetricEvents,
    IReadOnlyList<ProblemNotificationConfig> Notifications,
    IReadOnlyList<AlertingProfile> Profiles,
    MaintenanceSnapshot Maintenance,
    int Rejected)
{
    public static IReadOnlyList<string> SchemaIds { get; } =
    [
        MetricEventConfigReader.SchemaId,
        NotificationSettingsReader.NotificationSchemaId,
        NotificationSettingsReader.ProfileSchemaId,
        MaintenanceWindowReader.SchemaId,
    ];
}

internal sealed class EvaluationConfigLoader
{
    private const int MaxObjects = 100_000;

    private readonly ISettingsObjectStore _settings;

    public EvaluationConfigLoader(ISettingsObjectStore settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>The configuration, or null when its fingerprint equals <paramref name="knownFingerprint"/>.</summary>
    public async Task<EvaluationConfigs?> LoadIfChangedAsync(string? knownFingerprint, CancellationToken cancellationToken)
    {
        var (items, _) = await _settings.QueryAsync(new SettingsObjectFilter(EvaluationConfigs.SchemaIds, [], []), 0, MaxObjects, cancellationToken).ConfigureAwait(false);
        var fingerprint = Fingerprint(items);
        if (fingerprint == knownFingerprint)
        {
            return null;
        }

        var metricEvents = new List<MetricEventConfig>();
        var notifications = new List<ProblemNotificationConfig>();
        var profiles = new List<AlertingProfile>();
        var windows = new List<MaintenanceWindow>();
        var rejected = 0;
        foreach (var item in items)
        {
            var sink = new DiagnosticBag();
            object? read;
            try
            {
                using var document = JsonDocument.Parse(item.ValueJson);
                var value = document.RootElement;
                read = item.SchemaId switch
                {
                    MetricEventConfigReader.SchemaId => MetricEventConfigReader.Read(item.ObjectId, value, sink),
                    NotificationSettingsReader.NotificationSchemaId => NotificationSettingsReader.ReadNotification(item.ObjectId, value, sink),
                    NotificationSettingsReader.ProfileSchemaId => NotificationSettingsReader.ReadProfile(item.ObjectId, value, sink),
                    _ => MaintenanceWindowReader.Read(item.ObjectId, value, sink),
                };
            }
            catch (JsonException)
            {
                read = null;
            }

            switch (read)
            {
                case MetricEventConfig m:
                    metricEvents.Add(m);
                    break;
                case ProblemNotificationConfig n:
                    notifications.Add(n);
                    break;
                case AlertingProfile p:
                    profiles.Add(p);
                    break;
                case MaintenanceWindow { Enabled: true } w:
                    windows.Add(w);
                    break;
                case MaintenanceWindow:
                    break;
                default:
                    rejected++;
                    break;
            }
        }

        return new EvaluationConfigs(fingerprint, metricEvents, notifications, profiles, new MaintenanceSnapshot(windows), rejected);
    }

    private static string Fingerprint(IReadOnlyList<StoredSettingsObject> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            text.Append(item.ObjectId).Append('\u001f').Append(item.UpdateToken).Append('\u001e');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
