using Pharos.Core.Diagnostics;

namespace Pharos.Local.Selectors;

/// <summary>The only place that creates diagnostics for entity, event and problem selectors.</summary>
internal static class SelectorDiagnostics
{
    public static Diagnostic Empty(string parameter) => Error("SEL001", parameter, 1,
        $"The {parameter} is empty. Write at least one criterion, e.g. type(\"SERVICE\").");

    public static Diagnostic TooLong(string parameter, int length, int max) => Error("SEL002", parameter, max,
        $"The {parameter} has {length} characters; at most {max} are allowed. Select with fewer or shorter criteria.");

    public static Diagnostic ExpectedName(string parameter, int column, string found) => Error("SEL003", parameter, column,
        $"Expected a criterion name at column {column} but found {found}. Criteria look like name(value), separated by commas.");

    public static Diagnostic ExpectedOpenParen(string parameter, string name, int column) => Error("SEL004", parameter, column,
        $"Expected '(' after '{name}' at column {column}. Write {name}(value).");

    public static Diagnostic UnterminatedString(string parameter, int column) => Error("SEL005", parameter, column,
        $"The quoted value starting at column {column} is not closed. Add the closing '\"' (escape a quote inside with ~\").");

    public static Diagnostic ExpectedCloseParen(string parameter, string name, int column) => Error("SEL006", parameter, column,
        $"Expected ')' to close '{name}(' at column {column}. Separate values with ',' and end the list with ')'.");

    public static Diagnostic ExpectedComma(string parameter, int column, char found) => Error("SEL007", parameter, column,
        $"Expected ',' between criteria at column {column} but found '{found}'.");

    public static Diagnostic TooDeep(string parameter, int column) => Error("SEL008", parameter, column,
        $"Criteria are nested too deeply at column {column}. Use at most 4 levels.");

    public static Diagnostic UnknownCriterion(string parameter, string name, int column, IEnumerable<string> known) => Error("SEL020", parameter, column,
        $"Unknown criterion '{name}' in {parameter}.{NameSuggester.DidYouMean(name, known)} Known criteria: {string.Join(", ", known)}.");

    public static Diagnostic UnsupportedCriterion(string parameter, string name, int column) => Error("SEL021", parameter, column,
        $"The criterion '{name}' is valid in Dynatrace but not supported by the local environment. Remove it and filter on the client.");

    public static Diagnostic WrongValueCount(string parameter, string name, int column, string expected) => Error("SEL022", parameter, column,
        $"'{name}' takes {expected}. Write e.g. {name}(\"value\").");

    public static Diagnostic MissingTypeOrEntityId(string parameter) => Error("SEL023", parameter, 1,
        $"The {parameter} must contain a type(…) or entityId(…) criterion, e.g. type(\"SERVICE\"),entityName.equals(\"checkout\").");

    public static Diagnostic InvalidValue(string parameter, string name, string value, int column, IEnumerable<string> allowed) => Error("SEL024", parameter, column,
        $"'{value}' is not a valid value for '{name}'.{NameSuggester.DidYouMean(value, allowed)} Use one of: {string.Join(", ", allowed)}.");

    public static Diagnostic NestedCallNotAllowed(string parameter, string name, int column) => Error("SEL025", parameter, column,
        $"'{name}' takes plain values, not a nested criterion. Quote the value if it contains parentheses.");

    private static Diagnostic Error(string code, string parameter, int column, string message) =>
        new(code, Severity.Error, message, new SourceLocation(parameter, 1, column));
}
