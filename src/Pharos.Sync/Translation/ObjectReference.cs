namespace Pharos.Sync.Translation;

/// <summary>
/// A property of a desired value that must hold the objectId of another Pharos object. The
/// translator writes that object's externalId at <see cref="Path"/> (a JSON pointer such as
/// <c>/alertingProfile</c>); sync replaces it with the objectId Dynatrace assigned before it
/// validates or sends the value.
/// </summary>
public sealed record ObjectReference(string Path, string SchemaId, string ExternalId);
