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
}
