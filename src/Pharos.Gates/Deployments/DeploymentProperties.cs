namespace Pharos.Gates.Deployments;

/// <summary>
/// Property keys of a CUSTOM_DEPLOYMENT event. The <c>dt.event.deployment.*</c> keys are the
/// Events API v2 successors of the v1 fields (deploymentName, deploymentVersion, deploymentProject,
/// ciBackLink, remediationAction) that Dynatrace's release monitoring reads; the others are free-form
/// keys Pharos reads back for traceability.
/// </summary>
public static class DeploymentProperties
{
    public const string EventType = "CUSTOM_DEPLOYMENT";

    public const string Name = "dt.event.deployment.name";
    public const string Version = "dt.event.deployment.version";
    public const string Project = "dt.event.deployment.project";
    public const string CiBackLink = "dt.event.deployment.ci_back_link";
    public const string RemediationActionLink = "dt.event.deployment.remediation_action_link";
    public const string ReleaseStage = "dt.event.deployment.release_stage";
    public const string ReleaseProduct = "dt.event.deployment.release_product";
    public const string ReleaseBuildVersion = "dt.event.deployment.release_build_version";
    public const string IsRootCauseRelevant = "dt.event.is_rootcause_relevant";

    /// <summary>The commit SHA; <c>gitcommit</c> is the key Dynatrace's own examples use.</summary>
    public const string Commit = "gitcommit";
    public const string Service = "pharos.service";
    public const string Environment = "pharos.environment";
    public const string CiProvider = "ci.provider";
    public const string CiRef = "ci.ref";
}
