using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller;

/// <summary>
/// The one place the sync controller's own diagnostics are created (PH1550–PH1579): how it
/// reaches Kubernetes (kubeconfig, in-cluster service account) and the generated folder it
/// watches. Problems inside the ConfigMaps themselves are PH1501–PH1529
/// (<see cref="Catalog.Diagnostics.GeneratedConfigDiagnostics"/>).
/// </summary>
public static class ControllerDiagnostics
{
    public static Diagnostic KubeconfigNotFound(string path, string foundVia) =>
        Error("PH1550", new SourceLocation(path, 1, 1), $"kubeconfig {path} ({foundVia}) does not exist or cannot be read. Pass --kubeconfig with the right file, set KUBECONFIG, or run the controller inside the cluster.");

    public static Diagnostic KubeconfigSyntax(SourceLocation at, string detail) =>
        Error("PH1551", at, $"the kubeconfig is not valid YAML: {detail}. Check it with 'kubectl config view'.");

    public static Diagnostic ContextNotFound(SourceLocation at, string? context, IEnumerable<string> known) =>
        Error("PH1552", at, context is null
            ? $"the kubeconfig has no current-context. Pick one with 'kubectl config use-context <name>' or pass --context; defined contexts: {Join(known)}."
            : $"the kubeconfig has no context '{context}'.{NameSuggester.DidYouMean(context, known)} Defined contexts: {Join(known)}.");

    public static Diagnostic EntryNotFound(SourceLocation at, string kind, string name, string context, IEnumerable<string> known) =>
        Error("PH1553", at, $"context '{context}' names {kind} '{name}', which the kubeconfig does not define.{NameSuggester.DidYouMean(name, known)} Defined {kind}s: {Join(known)}.");

    public static Diagnostic InvalidServer(SourceLocation at, string value) =>
        Error("PH1554", at, $"cluster server '{value}' is not an absolute http or https URL. Write it as 'kubectl config view' shows it, e.g. https://10.0.0.1:6443.");

    public static Diagnostic InvalidCredential(SourceLocation at, string field, string detail) =>
        Error("PH1555", at, $"'{field}' cannot be used: {detail}. *-data fields hold base64 of PEM text (base64 -w0 < ca.crt); file fields name a PEM file.");

    public static Diagnostic UnsupportedAuthentication(SourceLocation at, string field) =>
        Error("PH1556", at, $"the kubeconfig uses '{field}', which the sync controller does not support. Give it a service-account token (token or tokenFile) or a client certificate (client-certificate[-data] with client-key[-data]), and a certificate-authority instead of insecure-skip-tls-verify.");

    public static Diagnostic ReferencedFileMissing(SourceLocation at, string field, string path) =>
        Error("PH1557", at, $"'{field}' names {path}, which does not exist or cannot be read. Relative paths are relative to the kubeconfig's folder.");

    public static Diagnostic IncompleteClientCertificate(SourceLocation at, string user, string missing) =>
        Error("PH1558", at, $"user '{user}' has a client certificate or key but no {missing}. Give both, or use a token.");

    public static Diagnostic NoCredentials(SourceLocation at, string user) =>
        Error("PH1559", at, $"user '{user}' has neither a token nor a client certificate. Add token, tokenFile or client-certificate-data with client-key-data.");

    public static Diagnostic KubeconfigField(SourceLocation at, string field, string expected) =>
        Error("PH1560", at, $"kubeconfig field '{field}' must be {expected}. Check the file with 'kubectl config view'.");

    public static Diagnostic NotInCluster(string detail) =>
        Error("PH1561", new SourceLocation("in-cluster configuration", 1, 1), $"cannot use the in-cluster service account: {detail}. Run the controller in a pod with a service account (deploy/kubernetes), or give it a kubeconfig.");

    public static Diagnostic NoKubernetesConfiguration(string kubeconfig) =>
        Error("PH1562", new SourceLocation(kubeconfig, 1, 1), $"not running in a cluster (KUBERNETES_SERVICE_HOST is not set) and there is no kubeconfig at {kubeconfig}. Pass --kubeconfig, set KUBECONFIG, or run the controller in the cluster.");

    public static Diagnostic GeneratedFolderMissing(string root) =>
        Error("PH1565", new SourceLocation(root, 1, 1), $"the generated folder {root} does not exist. Point --source-dir at the output of 'pharos generate' (the folder holding .pharos-generated); the controller keeps the last state it read until the folder is back.");

    public static Diagnostic GeneratedFolderNotOwned(string root) =>
        Error("PH1566", new SourceLocation(root, 1, 1), $"{root} has no .pharos-generated marker, so it was not written by 'pharos generate'. The controller would delete Dynatrace objects for every target missing from it; point it at a generated folder (commit the marker with the output).");

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(code, Severity.Error, message, at);

    private static string Join(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
