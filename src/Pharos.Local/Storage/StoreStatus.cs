namespace Pharos.Local.Storage;

/// <summary>Outcome of a storage call; storage reports expected failures as values, never as exceptions.</summary>
public enum StoreStatus : byte
{
    Ok,
    NotFound,
    Conflict,
}
