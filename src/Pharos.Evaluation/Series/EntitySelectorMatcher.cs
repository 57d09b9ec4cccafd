using Pharos.Evaluation.Entities;

namespace Pharos.Evaluation.Series;

/// <summary>
/// The small part of the entity selector language alert tests need inside <c>in("dim", entitySelector("…"))</c>:
/// <c>type(X)</c>, <c>entityId("a","b")</c>, <c>entityName("x")</c>/<c>entityName.equals("x")</c>,
/// <c>tag("[context]key:value")</c>, <c>mzId(…)</c> and <c>mzName("…")</c>, all ANDed. Anything else is unsupported.
/// </summary>
internal static class EntitySelectorMatcher
{
    public static HashSet<string> Select(string selector, IEntityDirectory entities)
    {
        var criteria = SplitTopLevel(selector).Select(Parse).ToList();
        return [.. entities.All.Where(e => criteria.All(c => c(e))).Select(e => e.Id)];
    }

    private static Func<EntityInfo, bool> Parse(string criterion)
    {
        var open = criterion.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !criterion.EndsWith(')'))
        {
            throw new UnsupportedSelectorException($"entity selector criterion '{criterion}' is not supported");
        }

        var name = criterion[..open].Trim();
        var args = SplitTopLevel(criterion[(open + 1)..^1]).Select(Unquote).ToList();
        return name switch
        {
            "type" => e => args.Contains(e.Type, StringComparer.OrdinalIgnoreCase),
            "entityId" => e => args.Contains(e.Id, StringComparer.Ordinal),
            "entityName" or "entityName.equals" => e => args.Contains(e.Name, StringComparer.Ordinal),
            "tag" => e => args.All(t => e.Tags.Any(tag => TagMatches(tag, t))),
            "mzId" => e => e.ManagementZones.Any(z => args.Contains(z.Id, StringComparer.Ordinal)),
            "mzName" => e => e.ManagementZones.Any(z => args.Contains(z.Name, StringComparer.Ordinal)),
            _ => throw new UnsupportedSelectorException($"entity selector criterion '{name}' is not supported"),
        };
    }

    // "[Kubernetes]app:x" matches an entity tag "[Kubernetes]app:x" (context case-insensitive); "app:x" matches any context.
    private static bool TagMatches(string entityTag, string wanted)
    {
        static (string Context, string Body) Split(string tag) =>
            tag.StartsWith('[') && tag.IndexOf(']', StringComparison.Ordinal) is var close and > 0 ? (tag[1..close], tag[(close + 1)..]) : ("", tag);

        var (entityContext, entityRest) = Split(entityTag);
        var (wantedContext, wantedRest) = Split(wanted);
        return string.Equals(entityRest, wantedRest, StringComparison.Ordinal)
            && (wantedContext.Length == 0 || string.Equals(entityContext, wantedContext, StringComparison.OrdinalIgnoreCase));
    }

    private static string Unquote(string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text[1..^1].Replace("~\"", "\"", StringComparison.Ordinal).Replace("~~", "~", StringComparison.Ordinal);
        }

        return text;
    }

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '~')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            parts.Add(last);
        }

        return parts;
    }
}
