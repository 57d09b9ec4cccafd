using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Loading;

/// <summary>Loads services.yaml and monitoring-profiles.yaml from a catalog folder.</summary>
public static class CatalogLoader
{
    public const string ServicesFileName = "services.yaml";
    public const string ProfilesFileName = "monitoring-profiles.yaml";

    /// <param name="catalogDirectory">Where the files are read from.</param>
    /// <param name="displayDirectory">How that folder is named in diagnostics (as the user wrote it).</param>
    public static async Task<ServiceCatalog> LoadAsync(string catalogDirectory, string displayDirectory, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        var servicesShown = DisplayPath(Path.Combine(displayDirectory, ServicesFileName));
        var profilesShown = DisplayPath(Path.Combine(displayDirectory, ProfilesFileName));
        var servicesText = await ReadAsync(Path.Combine(catalogDirectory, ServicesFileName), servicesShown, "the service catalog (services: [...])", sink, cancellationToken);
        var profilesText = await ReadAsync(Path.Combine(catalogDirectory, ProfilesFileName), profilesShown, "the monitoring profiles (monitoringProfiles: {...})", sink, cancellationToken);
        return Parse(servicesText, servicesShown, profilesText, profilesShown, sink);
    }

    public static ServiceCatalog Parse(string? servicesYaml, string servicesFile, string? profilesYaml, string profilesFile, IDiagnosticSink sink)
    {
        var profiles = profilesYaml is null ? [] : ProfileReader.Read(YamlDocumentReader.Read(profilesYaml, profilesFile, sink), sink);
        var services = servicesYaml is null ? [] : ServiceReader.Read(YamlDocumentReader.Read(servicesYaml, servicesFile, sink), sink);
        var byName = new SortedDictionary<string, MonitoringProfile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            byName[profile.Name] = profile;
        }

        return new ServiceCatalog(services, byName);
    }

    public static string DisplayPath(string path) => path.Replace('\\', '/');

    private static async Task<string?> ReadAsync(string path, string shown, string purpose, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            sink.Add(CatalogDiagnostics.FileMissing(shown, purpose));
            return null;
        }

        return await File.ReadAllTextAsync(path, cancellationToken);
    }
}
