namespace Pharos.Local.Slo;

internal static class SloMessages
{
    public const string EvaluatePageSize = "With evaluate=true the pageSize must be at most 25. Request smaller pages or set evaluate=false.";

    public static string NotFound(string id) => $"SLO with ID '{id}' not found.";

    public static string InvalidChoice(string value, IEnumerable<string> allowed) => $"'{value}' is not valid. Use one of: {string.Join(", ", allowed)}.";
}
