namespace Pharos.Gates.Data;

/// <summary>Builds entity selectors from values, quoting them as the API requires.</summary>
public static class EntitySelectors
{
    /// <summary><c>entityId("A","B")</c>: ids in ordinal order, each once.</summary>
    public static string ById(IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Quote);
        return $"entityId({string.Join(',', ids)})";
    }

    /// <summary>Quotes a selector value: <c>"</c> and <c>~</c> are escaped with <c>~</c>.</summary>
    public static string Quote(string value) => "\"" + value.Replace("~", "~~", StringComparison.Ordinal).Replace("\"", "~\"", StringComparison.Ordinal) + "\"";
}
