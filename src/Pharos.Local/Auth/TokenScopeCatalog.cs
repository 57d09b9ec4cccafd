using System.Collections.Frozen;

namespace Pharos.Local.Auth;

/// <summary>
/// Every API-token scope Dynatrace accepts (the <c>ApiTokenCreate.scopes</c> enum of
/// @dynatrace-sdk/client-classic-environment-v2 9.0.1). Tokens may only carry these names.
/// </summary>
public static class TokenScopeCatalog
{
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
    [
        "ActiveGateCertManagement", "AdvancedSyntheticIntegration", "CaptureRequestData", "DTAQLAccess", "DataExport",
        "DataImport", "DataPrivacy", "Davis", "DiagnosticExport", "DssFileManagement", "ExternalSyntheticIntegration",
        "InstallerDownload", "LogExport", "MemoryDump", "Mobile", "PluginUpload", "ReadConfig", "ReadSyntheticData",
        "RestRequestForwarding", "RumBrowserExtension", "RumJavaScriptTagManagement", "SupportAlert",
        "TenantTokenManagement", "UserSessionAnonymization", "ViewDashboard", "ViewReport", "WriteConfig",
        "WriteSyntheticData", "activeGateTokenManagement.create", "activeGateTokenManagement.read",
        "activeGateTokenManagement.write", "activeGates.read", "activeGates.write", "adaptiveTrafficManagement.read",
        "agentTokenManagement.read", "apiTokens.read", "apiTokens.write", "attacks.read", "attacks.write",
        "auditLogs.read", "bizevents.ingest", "credentialVault.read", "credentialVault.write", "entities.read",
        "entities.write", "events.ingest", "events.read", "extensionConfigurationActions.write",
        "extensionConfigurations.read", "extensionConfigurations.write", "extensionDiscoveryJmx.read",
        "extensionDiscoveryPmi.read", "extensionEnvironment.read", "extensionEnvironment.write", "extensions.read",
        "extensions.write", "geographicRegions.read", "hub.install", "hub.read", "hub.write",
        "javaScriptMappingFiles.read", "javaScriptMappingFiles.write", "logs.ingest", "logs.read", "metrics.ingest",
        "metrics.read", "metrics.write", "networkZones.read", "networkZones.write", "oneAgents.read", "oneAgents.write",
        "openTelemetryTrace.ingest", "openpipeline.events", "openpipeline.events.custom", "openpipeline.events_sdlc",
        "openpipeline.events_sdlc.custom", "openpipeline.events_security", "openpipeline.events_security.custom",
        "openpipeline.events_smartscape", "problems.read", "problems.write", "releases.read", "rumCookieNames.read",
        "rumManualInsertionTags.read", "securityProblems.read", "securityProblems.write", "settings.read",
        "settings.write", "slo.read", "slo.write", "syntheticExecutions.read", "syntheticExecutions.write",
        "syntheticLocations.read", "syntheticLocations.write", "tenantTokenRotation.write", "traces.lookup",
        "unifiedAnalysis.read",
    ], StringComparer.Ordinal);
}
