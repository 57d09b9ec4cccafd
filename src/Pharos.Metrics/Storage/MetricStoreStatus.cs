namespace Pharos.Metrics.Storage;

/// <summary>Outcome of a store call; the HTTP layer maps these to status codes without catching exceptions.</summary>
public enum MetricStoreStatus : byte
{
    Ok,

    /// <summary>The metric key is unknown.</summary>
    NotFound,

    /// <summary>The input breaks a store invariant (e.g. a NaN value, a NUL character in a key); nothing was written.</summary>
    Rejected,

    /// <summary>A disk write or flush failed earlier; the store refuses writes until it is reopened (reads still work).</summary>
    Faulted,

    /// <summary>The store has been disposed.</summary>
    Closed,

    /// <summary>Another store instance (in this or another process) holds the data directory.</summary>
    Locked,

    /// <summary>The data directory could not be created, read or written while opening.</summary>
    IoError,
}
