using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Deployments;

/// <summary>
/// Turns <c>pharos deploy-event</c> flags into a CUSTOM_DEPLOYMENT ingest request. Flags win; a
/// missing commit, pipeline link or project is read from GitHub Actions or GitLab CI variables (each
/// noted as PH6020). The request is validated against Dynatrace's limits; every problem is reported.
/// </summary>
public static partial class DeploymentEventBuilder
{
    // Keys Pharos sets itself, and the flag that sets each: a --property may not replace them.
    private static readonly FrozenDictionary<string, string> BuiltInKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DeploymentProperties.Name] = "--service",
        [DeploymentProperties.Version] = "--version",
        [DeploymentProperties.Project] = "--project",
        [DeploymentProperties.CiBackLink] = "--pipeline-url",
        [DeploymentProperties.RemediationActionLink] = "--remediation-url",
        [DeploymentProperties.ReleaseStage] = "--stage",
        [DeploymentProperties.ReleaseProduct] = "--product",
        [DeploymentProperties.ReleaseBuildVersion] = "--build-version",
        [DeploymentProperties.IsRootCauseRelevant] = "deploy-event",
        [DeploymentProperties.Commit] = "--commit",
        [DeploymentProperties.Service] = "--service",
        [DeploymentProperties.Environment] = "--env",
        [DeploymentProperties.CiProvider] = "the CI environment",
        [DeploymentProperties.CiRef] = "the CI environment",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static DeploymentEventBuild Build(DeploymentEventInput input, IEnvironmentReader environment, TimeProvider clock)
    {
        var diagnostics = new DiagnosticBag();
        var ci = CiDetector.Detect(environment);
        if (ci.Ambiguous)
        {
            diagnostics.Add(GateDiagnostics.AmbiguousCi());
        }

        var service = Required(input.Service, "--service", "service (catalog name)", diagnostics);
        var env = Required(input.Environment, "--env", "environment", diagnostics);
        var version = Required(input.Version, "--version", "version", diagnostics);

        var commit = FlagOrCi(input.Commit, ci.Commit, CiField.Commit, "commit", ci, diagnostics);
        var pipelineUrl = FlagOrCi(input.PipelineUrl, ci.PipelineUrl, CiField.PipelineUrl, "pipeline link", ci, diagnostics);
        var project = FlagOrCi(input.Project, ci.Project, CiField.Project, "project", ci, diagnostics);

        if (commit is not null && !GitSha().IsMatch(commit))
        {
            diagnostics.Add(GateDiagnostics.UnusualCommit(commit));
        }

        CheckLink(pipelineUrl, "--pipeline-url", diagnostics);
        CheckLink(Trimmed(input.RemediationActionLink), "--remediation-url", diagnostics);
        if (commit is null && pipelineUrl is null)
        {
            diagnostics.Add(GateDiagnostics.NotTraceable());
        }

        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (service is not null && env is not null && version is not null)
        {
            properties[DeploymentProperties.Name] = service;
            properties[DeploymentProperties.Version] = version;
            properties[DeploymentProperties.ReleaseStage] = Trimmed(input.Stage) ?? env;
            properties[DeploymentProperties.ReleaseProduct] = Trimmed(input.Product) ?? service;
            properties[DeploymentProperties.IsRootCauseRelevant] = "true";
            properties[DeploymentProperties.Service] = service;
            properties[DeploymentProperties.Environment] = env;
        }

        Put(properties, DeploymentProperties.Project, project);
        Put(properties, DeploymentProperties.CiBackLink, pipelineUrl);
        Put(properties, DeploymentProperties.Commit, commit);
        Put(properties, DeploymentProperties.RemediationActionLink, Trimmed(input.RemediationActionLink));
        Put(properties, DeploymentProperties.ReleaseBuildVersion, Trimmed(input.BuildVersion));
        Put(properties, DeploymentProperties.CiProvider, ci.ProviderName);
        Put(properties, DeploymentProperties.CiRef, ci.Ref?.Value);
        AddExtras(input.ExtraProperties, properties, diagnostics);

        var request = new EventIngestRequest
        {
            EventType = DeploymentProperties.EventType,
            Title = Trimmed(input.Title) ?? $"Deploy {service} {version} to {env}",
            EntitySelector = input.EntitySelector?.Trim() ?? "",
            StartTime = input.StartTime,
            Properties = properties,
        };
        EventLimits.Validate(request, clock.GetUtcNow(), diagnostics);

        var sorted = diagnostics.ToSortedList();
        return new DeploymentEventBuild(sorted.Any(d => d.IsError) ? null : request, ci, sorted);
    }

    private static void AddExtras(IReadOnlyList<KeyValuePair<string, string>> extras, SortedDictionary<string, string> properties, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in extras)
        {
            if (BuiltInKeys.TryGetValue(key, out var flag))
            {
                diagnostics.Add(GateDiagnostics.PropertyOverridesBuiltIn(key, flag));
                continue;
            }

            if (!seen.Add(key))
            {
                diagnostics.Add(GateDiagnostics.DuplicateProperty(key));
                continue;
            }

            properties[key] = value;
        }
    }

    private static string? Required(string? value, string flag, string what, DiagnosticBag diagnostics)
    {
        var trimmed = Trimmed(value);
        if (trimmed is null)
        {
            diagnostics.Add(GateDiagnostics.MissingRequired(flag, what));
        }

        return trimmed;
    }

    private static string? FlagOrCi(string? flag, CiValue? fromCi, CiField field, string what, CiContext ci, DiagnosticBag diagnostics)
    {
        var given = Trimmed(flag);
        if (given is not null)
        {
            return given;
        }

        if (fromCi is not null)
        {
            diagnostics.Add(GateDiagnostics.ReadFromCi(what, fromCi.Source));
            return fromCi.Value;
        }

        foreach (var missing in ci.Missing.Where(m => m.Field == field))
        {
            diagnostics.Add(GateDiagnostics.CiVariableMissing(ci.DisplayName, missing.Variable, what));
        }

        return null;
    }

    private static void CheckLink(string? url, string flag, DiagnosticBag diagnostics)
    {
        if (url is null)
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            diagnostics.Add(GateDiagnostics.InvalidLink(flag, url));
        }
    }

    private static void Put(SortedDictionary<string, string> properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[0-9a-fA-F]{7,64}$")]
    private static partial Regex GitSha();
}
