namespace Pharos.Evaluation.Settings;

/// <summary>Overrides the derived wire spelling of an enum member, for names C# cannot use (e.g. <c>EQUALS</c>).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
