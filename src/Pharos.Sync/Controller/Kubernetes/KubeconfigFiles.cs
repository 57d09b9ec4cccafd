using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pharos.Catalog.Documents;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// Loads the PEM material a kubeconfig names, either inline (<c>*-data</c>, base64 of PEM) or as a
/// file relative to the kubeconfig's folder, reporting PH1555/PH1557 instead of throwing.
/// </summary>
internal sealed class KubeconfigFiles(string baseDirectory, IDiagnosticSink sink)
{
    /// <summary>The cluster's certificate authorities; empty when it names none (the system trust store is used); null on error.</summary>
    public IReadOnlyList<X509Certificate2>? CertificateAuthorities(DocMapping cluster)
    {
        var pem = Pem(cluster, "certificate-authority");
        if (pem is null)
        {
            return cluster.Find("certificate-authority") is null && cluster.Find("certificate-authority-data") is null ? [] : null;
        }

        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem.Value.Text);
        }
        catch (CryptographicException ex)
        {
            sink.Add(ControllerDiagnostics.InvalidCredential(pem.Value.At, pem.Value.Field, ex.Message.TrimEnd('.')));
            return null;
        }

        if (collection.Count == 0)
        {
            sink.Add(ControllerDiagnostics.InvalidCredential(pem.Value.At, pem.Value.Field, "it holds no PEM certificate"));
            return null;
        }

        return [.. collection];
    }

    public X509Certificate2? ClientCertificate(DocMapping user)
    {
        var certificate = Pem(user, "client-certificate");
        var key = Pem(user, "client-key");
        if (certificate is null || key is null)
        {
            return null;
        }

        try
        {
            using var ephemeral = X509Certificate2.CreateFromPem(certificate.Value.Text, key.Value.Text);
            // SslStream needs a key it can use for the handshake on every platform; a PKCS#12 round trip gives one.
            return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
        }
        catch (CryptographicException ex)
        {
            sink.Add(ControllerDiagnostics.InvalidCredential(certificate.Value.At, certificate.Value.Field + " / " + key.Value.Field, ex.Message.TrimEnd('.')));
            return null;
        }
    }

    /// <summary>A referenced file that exists, as an absolute path; null (with PH1557) otherwise.</summary>
    public string? Existing(DocScalar reference, string field)
    {
        var path = Path.IsPathRooted(reference.Value) ? reference.Value : Path.Combine(baseDirectory, reference.Value);
        if (File.Exists(path))
        {
            return path;
        }

        sink.Add(ControllerDiagnostics.ReferencedFileMissing(reference.Location, field, path));
        return null;
    }

    private (string Text, SourceLocation At, string Field)? Pem(DocMapping mapping, string field)
    {
        if (mapping.Find(field + "-data")?.Value is DocScalar { IsNull: false } data)
        {
            var buffer = new byte[data.Value.Length];
            if (!Convert.TryFromBase64String(data.Value.Trim(), buffer, out var written))
            {
                sink.Add(ControllerDiagnostics.InvalidCredential(data.Location, field + "-data", "it is not base64"));
                return null;
            }

            return (System.Text.Encoding.UTF8.GetString(buffer, 0, written), data.Location, field + "-data");
        }

        if (mapping.Find(field)?.Value is DocScalar { IsNull: false } file)
        {
            var path = Existing(file, field);
            if (path is null)
            {
                return null;
            }

            try
            {
                return (File.ReadAllText(path), file.Location, field);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                sink.Add(ControllerDiagnostics.ReferencedFileMissing(file.Location, field, path));
                return null;
            }
        }

        return null;
    }
}
