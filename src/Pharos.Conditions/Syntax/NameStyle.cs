namespace Pharos.Conditions.Syntax;

/// <summary>How a name is spelt, which decides where it is looked up (see <see cref="SyntaxFacts.GetNameStyle"/>).</summary>
public enum NameStyle
{
    /// <summary>Upper-case first letter, letters and digits only: a built-in signal or detector.</summary>
    PascalCase,

    /// <summary>Lower-case first letter, lower-case letters, digits and '_': a custom metric.</summary>
    SnakeCase,

    /// <summary>Neither, e.g. <c>errorRate</c> or <c>Error_Rate</c>.</summary>
    Other,
}
