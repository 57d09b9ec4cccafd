namespace Pharos.Gates.Policy;

/// <summary>How the origin of a policy setting is named when nothing overrode it.</summary>
public static class GatePolicySources
{
    public const string Default = "default (seed 002)";
}
