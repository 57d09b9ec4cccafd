namespace Pharos.Settings.Model;

/// <summary>The value kinds a Settings 2.0 property (or collection item) can have.</summary>
internal enum PropertyTypeKind
{
    Text,
    Secret,
    Boolean,
    Integer,
    Float,

    /// <summary>The objectId of another settings object (see <c>referencedType</c>).</summary>
    Setting,
    LocalDate,
    LocalTime,
    LocalDateTime,
    ZonedDateTime,
    TimeZone,
    List,
    Set,

    /// <summary><c>{"$ref": "#/enums/X"}</c>.</summary>
    Enum,

    /// <summary><c>{"$ref": "#/types/X"}</c>: a nested object with its own properties.</summary>
    Complex,

    /// <summary>A type name this library does not know; values are accepted unchecked.</summary>
    Unknown,
}
