using System.Security.Cryptography;
using System.Text;

namespace Pharos.Sync.Controller;

/// <summary>
/// Everything a source holds at one moment, ordered by key, with a fingerprint over keys and
/// content hashes: equal fingerprints mean nothing the controller reconciles has changed.
/// </summary>
public sealed class SourceSnapshot
{
    private SourceSnapshot(IReadOnlyList<SourceDocument> documents, string fingerprint)
    {
        Documents = documents;
        Fingerprint = fingerprint;
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    public string Fingerprint { get; }

    public static SourceSnapshot Empty { get; } = Create([]);

    public static SourceSnapshot Create(IEnumerable<SourceDocument> documents)
    {
        var ordered = documents.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in ordered)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document.Key));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(document.ContentHash));
            hash.AppendData([0]);
        }

        return new SourceSnapshot(ordered, Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>SHA-256 of the parts, separated so that ("ab","c") and ("a","bc") differ.</summary>
    public static string HashOf(params string?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part ?? "\u0001null"));
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
