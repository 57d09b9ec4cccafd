using Pharos.Catalog.Documents;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// Reads a kubeconfig into a <see cref="KubernetesConnection"/>: the current (or named) context, its
/// cluster's server and certificate authority (file or -data) and its user's token, token file or
/// client certificate. Relative file paths are relative to the kubeconfig's folder, as kubectl
/// reads them. Exec plugins, auth providers, basic auth and insecure-skip-tls-verify are refused
/// with PH1556 rather than half-supported. Never throws on user input.
/// </summary>
public static class KubeconfigReader
{
    public static KubernetesConnection? ReadFile(string path, string? context, TimeProvider timeProvider, IDiagnosticSink sink, string foundVia = "--kubeconfig")
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Add(ControllerDiagnostics.KubeconfigNotFound(path, foundVia));
            return null;
        }

        return Read(text, path, context, timeProvider, sink);
    }

    public static KubernetesConnection? Read(string yaml, string path, string? context, TimeProvider timeProvider, IDiagnosticSink sink)
    {
        var syntax = new DiagnosticBag();
        var root = YamlDocumentReader.Read(yaml, path, syntax);
        foreach (var problem in syntax.ToSortedList())
        {
            sink.Add(ControllerDiagnostics.KubeconfigSyntax(problem.Location ?? new SourceLocation(path, 1, 1), problem.Message.Replace("YAML syntax error: ", "", StringComparison.Ordinal).TrimEnd('.')));
        }

        if (syntax.HasErrors)
        {
            return null;
        }

        if (root is not DocMapping top)
        {
            sink.Add(ControllerDiagnostics.KubeconfigField(root?.Location ?? new SourceLocation(path, 1, 1), "(document)", "a mapping with clusters, contexts, users and current-context"));
            return null;
        }

        var contexts = Named(top, "contexts", "context", sink);
        var currentAt = top.Find("current-context")?.Value;
        var contextName = context ?? (currentAt as DocScalar is { IsNull: false, Value.Length: > 0 } current ? current.Value : null);
        var at = currentAt?.Location ?? top.Location;
        if (contextName is null || !contexts.TryGetValue(contextName, out var selected))
        {
            sink.Add(ControllerDiagnostics.ContextNotFound(at, contextName, contexts.Keys.Order(StringComparer.Ordinal)));
            return null;
        }

        var clusterName = Text(selected, "cluster");
        var userName = Text(selected, "user");
        if (clusterName is null || userName is null)
        {
            sink.Add(ControllerDiagnostics.KubeconfigField(selected.Location, $"contexts[{contextName}].context.{(clusterName is null ? "cluster" : "user")}", "the name of an entry under " + (clusterName is null ? "clusters" : "users")));
            return null;
        }

        var clusters = Named(top, "clusters", "cluster", sink);
        var users = Named(top, "users", "user", sink);
        if (!clusters.TryGetValue(clusterName, out var cluster))
        {
            sink.Add(ControllerDiagnostics.EntryNotFound(selected.Find("cluster")!.Value.Location, "cluster", clusterName, contextName, clusters.Keys.Order(StringComparer.Ordinal)));
            return null;
        }

        if (!users.TryGetValue(userName, out var user))
        {
            sink.Add(ControllerDiagnostics.EntryNotFound(selected.Find("user")!.Value.Location, "user", userName, contextName, users.Keys.Order(StringComparer.Ordinal)));
            return null;
        }

        var files = new KubeconfigFiles(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", sink);
        var server = Server(cluster, sink);
        var authorities = files.CertificateAuthorities(cluster);
        var credentials = Credentials(user, userName, files, timeProvider, sink);
        if (server is null || authorities is null || credentials is null)
        {
            return null;
        }

        return new KubernetesConnection(server, $"kubeconfig {path}, context {contextName}")
        {
            CertificateAuthorities = authorities,
            ClientCertificate = credentials.Value.Certificate,
            Token = credentials.Value.Token,
            DefaultNamespace = Text(selected, "namespace"),
            TlsServerName = Text(cluster, "tls-server-name"),
        };
    }

    private static Uri? Server(DocMapping cluster, IDiagnosticSink sink)
    {
        if (cluster.Find("insecure-skip-tls-verify")?.Value is DocScalar { Value: "true" or "True" } insecure)
        {
            sink.Add(ControllerDiagnostics.UnsupportedAuthentication(insecure.Location, "insecure-skip-tls-verify"));
            return null;
        }

        var node = cluster.Find("server")?.Value;
        if (node is not DocScalar { IsNull: false } text
            || !Uri.TryCreate(text.Value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            sink.Add(ControllerDiagnostics.InvalidServer(node?.Location ?? cluster.Location, (node as DocScalar)?.Value ?? ""));
            return null;
        }

        return uri;
    }

    private static (IBearerTokenSource? Token, System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate)? Credentials(
        DocMapping user, string userName, KubeconfigFiles files, TimeProvider timeProvider, IDiagnosticSink sink)
    {
        var token = Text(user, "token");
        var tokenFile = user.Find("tokenFile")?.Value as DocScalar;
        var hasCertificate = user.Find("client-certificate") is not null || user.Find("client-certificate-data") is not null;
        var hasKey = user.Find("client-key") is not null || user.Find("client-key-data") is not null;
        if (hasCertificate != hasKey)
        {
            sink.Add(ControllerDiagnostics.IncompleteClientCertificate(user.Location, userName, hasCertificate ? "client-key or client-key-data" : "client-certificate or client-certificate-data"));
            return null;
        }

        if (hasCertificate)
        {
            var certificate = files.ClientCertificate(user);
            return certificate is null ? null : (null, certificate);
        }

        if (token is not null)
        {
            return (new StaticBearerToken(token), null);
        }

        if (tokenFile is { IsNull: false })
        {
            var resolved = files.Existing(tokenFile, "tokenFile");
            return resolved is null ? null : (new FileBearerToken(resolved, timeProvider), null);
        }

        foreach (var unsupported in new[] { "exec", "auth-provider", "username", "password" })
        {
            if (user.Find(unsupported) is { } entry)
            {
                sink.Add(ControllerDiagnostics.UnsupportedAuthentication(entry.KeyLocation, unsupported));
                return null;
            }
        }

        sink.Add(ControllerDiagnostics.NoCredentials(user.Location, userName));
        return null;
    }

    /// <summary>
    /// The entries of a named list (<c>contexts: [{name, context: {...}}]</c>) by name; the
    /// inner mapping is returned. The first entry of a name wins, as in kubectl.
    /// </summary>
    private static Dictionary<string, DocMapping> Named(DocMapping top, string list, string inner, IDiagnosticSink sink)
    {
        var result = new Dictionary<string, DocMapping>(StringComparer.Ordinal);
        switch (top.Find(list)?.Value)
        {
            case null or DocScalar { IsNull: true }:
                return result;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is DocMapping entry && Text(entry, "name") is { } name && entry.Find(inner)?.Value is DocMapping body)
                    {
                        result.TryAdd(name, body);
                    }
                    else
                    {
                        sink.Add(ControllerDiagnostics.KubeconfigField(item.Location, $"{list}[]", $"a mapping with 'name' and '{inner}'"));
                    }
                }

                return result;
            case var other:
                sink.Add(ControllerDiagnostics.KubeconfigField(other.Location, list, "a list"));
                return result;
        }
    }

    internal static string? Text(DocMapping mapping, string key) =>
        mapping.Find(key)?.Value is DocScalar { IsNull: false, Value.Length: > 0 } scalar ? scalar.Value : null;
}
