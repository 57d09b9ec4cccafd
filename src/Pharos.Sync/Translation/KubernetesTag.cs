namespace Pharos.Sync.Translation;

/// <summary>
/// A tag OneAgent derives from a Kubernetes pod label (docs/dynatrace-mapping.md, "Tags"). The
/// Entities API reports it as <c>{"context":"KUBERNETES","key":…,"value":…}</c>; the UI, tag
/// filters and entity selectors write it as <c>[Kubernetes]key:value</c>.
/// </summary>
public sealed record KubernetesTag(string Key, string Value)
{
    public const string Context = "KUBERNETES";

    /// <summary>The context as written inside '[…]' in selectors and tag filters.</summary>
    public const string SelectorContext = "Kubernetes";

    /// <summary><c>[Kubernetes]key:value</c>: what entity selectors and alerting-profile tag filters take.</summary>
    public string SelectorText => SelectorTextFor(Key, Value);

    /// <summary>The <c>tag("…")</c> criterion of an entity selector.</summary>
    public string Criterion => $"tag({Translation.SelectorText.Quote(SelectorText)})";

    private static string SelectorTextFor(string key, string value) =>
        Translation.SelectorText.Tag(SelectorContext, key, value);

    /// <summary>Every label on a service's workloads becomes one tag, in label order.</summary>
    public static IReadOnlyList<KubernetesTag> FromLabels(IEnumerable<KeyValuePair<string, string>> labels) =>
        labels.Select(l => new KubernetesTag(l.Key, l.Value)).ToList();
}
