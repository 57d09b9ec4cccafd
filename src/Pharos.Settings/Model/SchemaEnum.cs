using System.Collections.Frozen;

namespace Pharos.Settings.Model;

/// <summary>An entry of <c>enums</c>: the allowed values in schema order.</summary>
internal sealed record SchemaEnum(string Name, IReadOnlyList<string> Values)
{
    private readonly FrozenSet<string> _lookup = Values.ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string value) => _lookup.Contains(value);
}
