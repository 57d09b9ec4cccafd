using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Pharos.Local.Entities;

/// <summary>The entity types the local environment models, and how their ids are formed.</summary>
public static class EntityTypes
{
    public const string Service = "SERVICE";
    public const string ProcessGroup = "PROCESS_GROUP";
    public const string ProcessGroupInstance = "PROCESS_GROUP_INSTANCE";
    public const string Host = "HOST";
    public const string KubernetesCluster = "KUBERNETES_CLUSTER";
    public const string ServiceMethod = "SERVICE_METHOD";
    public const string Disk = "DISK";

    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
    [
        Service, ServiceMethod, ProcessGroup, ProcessGroupInstance, Host, Disk, "HOST_GROUP", "APPLICATION", "CUSTOM_DEVICE",
        KubernetesCluster, "KUBERNETES_NODE", "KUBERNETES_SERVICE",
        "CLOUD_APPLICATION", "CLOUD_APPLICATION_NAMESPACE", "CLOUD_APPLICATION_INSTANCE",
    ], StringComparer.Ordinal);

    /// <summary><c>&lt;TYPE&gt;-&lt;16 hex&gt;</c>, stable for a type and name (like Dynatrace's ids, opaque to clients).</summary>
    public static string DeriveId(string type, string displayName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + "\n" + displayName));
        return $"{type}-{Convert.ToHexString(hash, 0, 8)}";
    }

    /// <summary>The type part of an entity id such as <c>HOST-D3A3C5A146830A79</c>; null when malformed.</summary>
    public static string? TypeOfId(string entityId)
    {
        var dash = entityId.LastIndexOf('-');
        return dash <= 0 ? null : entityId[..dash];
    }
}
