namespace Pharos.Local.Entities;

/// <summary>
/// A Dynatrace tag (<c>METag</c>): <c>{context,key,value,stringRepresentation}</c>. Custom tags use context
/// <c>CONTEXTLESS</c>; the string form is <c>[context]key:value</c>, without the bracket for CONTEXTLESS.
/// </summary>
public sealed record EntityTag(string Context, string Key, string? Value = null)
{
    public const string Contextless = "CONTEXTLESS";

    public string StringRepresentation
    {
        get
        {
            var head = Context == Contextless ? "" : $"[{Context}]";
            var key = Key.Replace(":", "\\:", StringComparison.Ordinal);
            return Value is null ? head + key : $"{head}{key}:{Value}";
        }
    }

    public static EntityTag Custom(string key, string? value = null) => new(Contextless, key, value);
}
