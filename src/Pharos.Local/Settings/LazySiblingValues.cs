using System.Collections;
using System.Text.Json;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// The siblings handed to the validator, each value parsed only when read. Most schemas have no UNIQUE
/// constraint, so most requests never read them; parsing every sibling up front for every object written
/// made creating N objects cost N² parses.
/// </summary>
internal sealed class LazySiblingValues : IReadOnlyList<ExistingSettingsValue>
{
    private readonly IReadOnlyList<StoredSettingsObject> _siblings;
    private readonly Func<StoredSettingsObject, JsonElement> _parse;

    public LazySiblingValues(IReadOnlyList<StoredSettingsObject> siblings, Func<StoredSettingsObject, JsonElement> parse)
    {
        _siblings = siblings ?? throw new ArgumentNullException(nameof(siblings));
        _parse = parse ?? throw new ArgumentNullException(nameof(parse));
    }

    public int Count => _siblings.Count;

    public ExistingSettingsValue this[int index] => new(_siblings[index].ObjectId, _parse(_siblings[index]));

    public IEnumerator<ExistingSettingsValue> GetEnumerator()
    {
        for (var i = 0; i < _siblings.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
