using Pharos.Core.Diagnostics;

namespace Pharos.Local.Diagnostics;

/// <summary>The only place that creates diagnostics for local-environment options and token administration.</summary>
public static class LocalDiagnostics
{
    public static Diagnostic UnknownTokenScope(string scope, IEnumerable<string> known) => new(
        "LOC001", Severity.Error,
        $"Unknown token scope '{scope}'.{NameSuggester.DidYouMean(scope, known)} Use a Dynatrace API-token scope such as 'settings.read'.",
        null);

    public static Diagnostic EmptyTokenName() => new(
        "LOC002", Severity.Error, "The token name is empty. Give the token a name that says who uses it, e.g. 'ci-sync'.", null);

    public static Diagnostic NoTokenScopes() => new(
        "LOC003", Severity.Error, "The token has no scopes. Pass at least one scope, e.g. 'settings.read'.", null);

    public static Diagnostic FaultEntryMalformed(string entry, int column) => new(
        "LOC010", Severity.Error,
        $"Fault entry '{entry}' is not of the form <status>=<share>. Write e.g. '429=0.2,500=0.05'.",
        new SourceLocation("<fault-injection>", 1, column));

    public static Diagnostic FaultStatusInvalid(string status, int column) => new(
        "LOC011", Severity.Error,
        $"Fault status '{status}' is not an HTTP error status. Use a status from 400 to 599, e.g. 429 or 503.",
        new SourceLocation("<fault-injection>", 1, column));

    public static Diagnostic FaultShareInvalid(string share, int column) => new(
        "LOC012", Severity.Error,
        $"Fault share '{share}' is not a number between 0 and 1. Write the share of requests to fail, e.g. 0.05 for 5%.",
        new SourceLocation("<fault-injection>", 1, column));

    public static Diagnostic FaultSharesExceedOne(double total) => new(
        "LOC013", Severity.Error,
        $"Fault shares add up to {total.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}, more than 1. Lower them so at most every request fails.",
        new SourceLocation("<fault-injection>", 1, 1));

    public static Diagnostic FaultStatusRepeated(int status, int column) => new(
        "LOC014", Severity.Error,
        $"Fault status {status} appears more than once. Give each status one share.",
        new SourceLocation("<fault-injection>", 1, column));
    // Settings list filter and sort (GET /settings/objects?filter=…&sort=…). The location's file names the
    // parameter, so the HTTP layer reports the violation on it; columns are 1-based.
    public static Diagnostic SettingsFilterTooLong(int length, int max) => new(
        "LOC030", Severity.Error,
        $"The filter has {length} characters; at most {max} are allowed. Shorten it or split the query.",
        new SourceLocation("filter", 1, max + 1));

    public static Diagnostic SettingsFilterUnexpected(string found, int column, string expected) => new(
        "LOC031", Severity.Error,
        $"Unexpected {found} at column {column} of the filter; expected {expected}. Write e.g. value.enabled = true and value.name contains 'web'.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFilterUnterminatedString(int column) => new(
        "LOC032", Severity.Error,
        $"The quoted value starting at column {column} of the filter is never closed. End it with the same quote it starts with.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFieldUnknown(string parameter, string field, int column, IEnumerable<string> known) => new(
        "LOC033", Severity.Error,
        $"Unknown field '{field}' at column {column} of the {parameter}.{NameSuggester.DidYouMean(field, known)} Use created, modified, createdBy, modifiedBy, author or value.<property>, e.g. value.enabled.",
        new SourceLocation(parameter, 1, column));

    public static Diagnostic SettingsFieldNotRequested(string parameter, string field, string responseField, int column) => new(
        "LOC034", Severity.Error,
        $"'{field}' at column {column} of the {parameter} needs '{responseField}' in the response. Add {responseField} to the fields parameter.",
        new SourceLocation(parameter, 1, column));

    public static Diagnostic SettingsFilterUnsupported(string construct, int column) => new(
        "LOC035", Severity.Error,
        $"'{construct}' at column {column} of the filter is not supported by the settings filter. Use =, !=, <, <=, >, >=, contains, starts-with or in (…) with a quoted string, a number, true or false.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFilterTooDeep(int column, int max) => new(
        "LOC036", Severity.Error,
        $"Parentheses at column {column} of the filter nest deeper than {max} levels. Simplify the expression.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFilterLiteralMismatch(string op, string literal, int column, string expected) => new(
        "LOC037", Severity.Error,
        $"'{op}' at column {column} of the filter cannot compare with {literal}; it takes {expected}.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFilterBadEscape(string escape, int column) => new(
        "LOC038", Severity.Error,
        $"'{escape}' at column {column} of the filter is not an escape. Inside quotes write \\' for a quote, \\\" for a double quote and \\\\ for a backslash.",
        new SourceLocation("filter", 1, column));

    public static Diagnostic SettingsFilterEmpty() => new(
        "LOC039", Severity.Error,
        "The filter is empty. Write a condition such as value.enabled = true, or leave the parameter out.",
        new SourceLocation("filter", 1, 1));

    public static Diagnostic SettingsSortKeyEmpty(int column) => new(
        "LOC040", Severity.Error,
        $"The sort has an empty key at column {column}. List fields separated by ',', each optionally prefixed with '-' for descending, e.g. value.name,-modified.",
        new SourceLocation("sort", 1, column));

    public static Diagnostic SettingsSortKeyRepeated(string field, int column) => new(
        "LOC041", Severity.Error,
        $"The sort names '{field}' again at column {column}. Sort by each field once.",
        new SourceLocation("sort", 1, column));
}
