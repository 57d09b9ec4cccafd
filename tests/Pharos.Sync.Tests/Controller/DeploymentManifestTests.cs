using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Translation;
using YamlDotNet.RepresentationModel;

namespace Pharos.Sync.Tests.Controller;

/// <summary>
/// deploy/kubernetes without a cluster: every manifest parses, has its kind's required fields and
/// the security settings a bank's admission policies demand, the kustomization lists them all, and
/// the ClusterRole grants every verb the Kubernetes client uses.
/// </summary>
public sealed class DeploymentManifestTests
{
    private static readonly string Folder = Path.Combine(ExampleCatalogFixture.RepoRoot(), "deploy", "kubernetes");

    /// <summary>The RBAC verb each client call needs; a new call must be added here, and to rbac.yaml.</summary>
    private static readonly Dictionary<string, string> VerbOfCall = new(StringComparer.Ordinal)
    {
        [nameof(IKubernetesClient.ListConfigMapsAsync)] = "list",
        [nameof(IKubernetesClient.WatchConfigMapsAsync)] = "watch",
        [nameof(IKubernetesClient.PatchConfigMapAnnotationsAsync)] = "patch",
    };

    private static Dictionary<string, YamlMappingNode> Manifests()
    {
        var result = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var document = Assert.Single(stream.Documents);
            result[Path.GetFileName(file)] = Assert.IsType<YamlMappingNode>(document.RootNode);
        }

        return result;
    }

    private static YamlMappingNode Of(string kind) => Assert.Single(Manifests().Values, m => Text(m, "kind") == kind);

    private static YamlNode? Node(YamlNode node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(part), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private static string? Text(YamlNode node, string path) => (Node(node, path) as YamlScalarNode)?.Value;

    private static IEnumerable<YamlNode> Items(YamlNode node, string path) => (Node(node, path) as YamlSequenceNode)?.Children ?? [];

    [Fact]
    public void Manifests_EachHasApiVersionKindAndName()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Namespace"] = "v1",
            ["ServiceAccount"] = "v1",
            ["ConfigMap"] = "v1",
            ["ClusterRole"] = "rbac.authorization.k8s.io/v1",
            ["ClusterRoleBinding"] = "rbac.authorization.k8s.io/v1",
            ["Deployment"] = "apps/v1",
            ["Kustomization"] = "kustomize.config.k8s.io/v1beta1",
        };

        var manifests = Manifests();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), manifests.Values.Select(m => Text(m, "kind")!).Order(StringComparer.Ordinal));
        foreach (var (file, manifest) in manifests)
        {
            Assert.True(expected[Text(manifest, "kind")!] == Text(manifest, "apiVersion"), $"{file}: apiVersion");
            if (Text(manifest, "kind") != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(Text(manifest, "metadata.name")), $"{file}: metadata.name");
            }
        }
    }

    [Fact]
    public void Kustomization_ListsEveryManifest()
    {
        var manifests = Manifests();
        var listed = Items(manifests["kustomization.yaml"], "resources").Select(n => ((YamlScalarNode)n).Value!);

        Assert.Equal(manifests.Keys.Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClusterRole_GrantsEveryVerbTheClientUsesOnConfigMapsAndNothingElse()
    {
        var calls = typeof(IKubernetesClient).GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(calls, VerbOfCall.Keys.Order(StringComparer.Ordinal));

        var rule = Assert.Single(Items(Of("ClusterRole"), "rules"));
        Assert.Equal([""], Items(rule, "apiGroups").Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(["configmaps"], Items(rule, "resources").Select(n => ((YamlScalarNode)n).Value));
        var verbs = Items(rule, "verbs").Select(n => ((YamlScalarNode)n).Value!).ToList();
        Assert.Subset(verbs.ToHashSet(), VerbOfCall.Values.ToHashSet());
        Assert.Equal(["get", "list", "patch", "watch"], verbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClusterRoleBinding_BindsTheRoleToTheDeploymentsServiceAccount()
    {
        var binding = Of("ClusterRoleBinding");
        var account = Of("ServiceAccount");
        var subject = Assert.Single(Items(binding, "subjects"));

        Assert.Equal(("ClusterRole", Text(Of("ClusterRole"), "metadata.name")), (Text(binding, "roleRef.kind"), Text(binding, "roleRef.name")));
        Assert.Equal(("ServiceAccount", Text(account, "metadata.name"), Text(account, "metadata.namespace")), (Text(subject, "kind"), Text(subject, "name"), Text(subject, "namespace")));
        Assert.Equal(Text(account, "metadata.name"), Text(Of("Deployment"), "spec.template.spec.serviceAccountName"));
    }

    [Fact]
    public void Deployment_RunsTheWatchingControllerLockedDown()
    {
        var deployment = Of("Deployment");
        var pod = Node(deployment, "spec.template.spec")!;
        var container = Assert.Single(Items(pod, "containers"));

        Assert.Equal("1", Text(deployment, "spec.replicas"));
        Assert.Equal("Recreate", Text(deployment, "spec.strategy.type"));
        var selector = Assert.IsType<YamlMappingNode>(Node(deployment, "spec.selector.matchLabels"));
        var podLabels = Assert.IsType<YamlMappingNode>(Node(deployment, "spec.template.metadata.labels"));
        Assert.NotEmpty(selector.Children);
        Assert.All(selector.Children, l => Assert.Equal(l.Value, podLabels.Children[l.Key]));
        Assert.Equal(["sync", "--watch", "--source", "kubernetes"], Items(container, "args").Select(n => ((YamlScalarNode)n).Value).Take(4));
        Assert.Equal("true", Text(pod, "securityContext.runAsNonRoot"));
        Assert.NotEqual("0", Text(pod, "securityContext.runAsUser"));
        Assert.Equal("true", Text(container, "securityContext.readOnlyRootFilesystem"));
        Assert.Equal("false", Text(container, "securityContext.allowPrivilegeEscalation"));
        Assert.Equal(["ALL"], Items(container, "securityContext.capabilities.drop").Select(n => ((YamlScalarNode)n).Value));
        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotNull(Text(container, $"resources.{kind}.cpu"));
            Assert.NotNull(Text(container, $"resources.{kind}.memory"));
        }

        Assert.Equal("/healthz", Text(container, "livenessProbe.httpGet.path"));
        Assert.Equal("/readyz", Text(container, "readinessProbe.httpGet.path"));
        var port = Assert.Single(Items(container, "ports"));
        Assert.Equal(Text(port, "name"), Text(container, "livenessProbe.httpGet.port"));
    }

    [Fact]
    public void Deployment_TakesTheUrlFromTheConfigMapAndTheTokenFromASecret()
    {
        var container = Assert.Single(Items(Node(Of("Deployment"), "spec.template.spec")!, "containers"));
        var env = Items(container, "env").ToDictionary(e => Text(e, "name")!, e => e, StringComparer.Ordinal);
        var config = Of("ConfigMap");

        Assert.Equal(Text(config, "metadata.name"), Text(env["DT_ENV_URL"], "valueFrom.configMapKeyRef.name"));
        Assert.NotNull(Text(config, "data." + Text(env["DT_ENV_URL"], "valueFrom.configMapKeyRef.key")));
        Assert.Equal("pharos-dynatrace", Text(env["DT_API_TOKEN"], "valueFrom.secretKeyRef.name"));
        Assert.Null(Node(env["DT_API_TOKEN"], "value"));
        Assert.DoesNotContain(Manifests().Values, m => Text(m, "kind") == "Secret");
    }
}
