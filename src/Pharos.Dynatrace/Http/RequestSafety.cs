namespace Pharos.Dynatrace.Http;

/// <summary>Whether repeating a request whose outcome is unknown could change the result.</summary>
public enum RequestSafety
{
    /// <summary>Repeating is harmless: GET, PUT, DELETE, validateOnly POSTs, settings POSTs where every object has an externalId.</summary>
    Repeatable,

    /// <summary>Repeating could apply it twice (metrics ingest, settings POST without externalIds): retried only when the server certainly did not act.</summary>
    NotRepeatable,
}
