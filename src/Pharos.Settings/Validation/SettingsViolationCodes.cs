namespace Pharos.Settings;

/// <summary>
/// Stable codes carried by <see cref="ConstraintViolation.Code"/> so callers can react to a kind of
/// violation (e.g. map <see cref="SchemaNotFound"/> to HTTP 404) without parsing messages.
/// </summary>
public static class SettingsViolationCodes
{
    public const string SchemaNotFound = "SET001";
    public const string ScopeNotAllowed = "SET002";
    public const string UnknownProperty = "SET003";
    public const string MissingValue = "SET004";
    public const string TypeMismatch = "SET005";
    public const string NotInEnum = "SET006";
    public const string Length = "SET007";
    public const string Range = "SET008";
    public const string Pattern = "SET009";
    public const string NotBlank = "SET010";
    public const string Trimmed = "SET011";
    public const string NoWhitespace = "SET012";
    public const string CollectionSize = "SET013";
    public const string NotUniqueItems = "SET014";
    public const string PreconditionNotMet = "SET015";
    public const string Comparison = "SET016";
    public const string PropertyCount = "SET017";
    public const string NotUniqueAcrossObjects = "SET018";
    public const string MaxObjectsReached = "SET019";
    public const string ReferenceNotFound = "SET020";
    public const string ReferenceWrongSchema = "SET021";
    public const string NotModifiable = "SET022";
    public const string CustomValidator = "SET023";
}
