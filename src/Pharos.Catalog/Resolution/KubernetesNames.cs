namespace Pharos.Catalog.Resolution;

/// <summary>Kubernetes name rules, because catalog values become namespaces and labels.</summary>
public static class KubernetesNames
{
    /// <summary>RFC 1123 label: ≤ 63 lower-case alphanumerics or '-', starting with a letter, ending alphanumeric.</summary>
    public static bool IsDnsLabel(string value) =>
        value.Length is > 0 and <= 63
        && char.IsAsciiLetterLower(value[0])
        && char.IsAsciiLetterOrDigit(value[^1])
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Label value: empty, or ≤ 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric.</summary>
    public static bool IsLabelValue(string value) =>
        value.Length == 0
        || (value.Length <= 63
            && char.IsAsciiLetterOrDigit(value[0])
            && char.IsAsciiLetterOrDigit(value[^1])
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));
}
