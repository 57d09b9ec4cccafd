using System.Text.RegularExpressions;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation.Notifications;

/// <summary>Whether a problem falls into an alerting profile, and after which delay it may be sent.</summary>
public sealed record ProfileMatch(bool Matches, int DelayInMinutes, string Reason)
{
    public static ProfileMatch No(string reason) => new(false, 0, reason);
}

/// <summary>
/// Dynatrace's alerting-profile evaluation [DOCS "Alerting rules evaluation"; config API profile model]:
/// management zone, severity rules and event filters are ANDed. Severity rules are tried top to bottom and
/// the first whose level (and tag filter) matches decides the delay. Event filters look at every event of the
/// problem: negated filters are ANDed, the others ORed, and the two groups ANDed.
/// </summary>
public static class AlertingProfileMatcher
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    public static ProfileMatch Match(AlertingProfile profile, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(problem);
        if (profile.ManagementZone is { } zone && !problem.ManagementZones.Any(z => z.Matches(zone)))
        {
            return ProfileMatch.No($"not in management zone {zone}");
        }

        var level = RuleLevel(problem.SeverityLevel);
        var rule = profile.SeverityRules.FirstOrDefault(r => r.SeverityLevel == level && TagsMatch(r, problem.EntityTags));
        if (rule is null)
        {
            return ProfileMatch.No($"no severity rule for {Settings.WireNames.Of(problem.SeverityLevel)}");
        }

        var negated = profile.EventFilters.Where(f => f.IsNegated).ToList();
        var positive = profile.EventFilters.Where(f => !f.IsNegated).ToList();
        var events = problem.Events.ToList();
        if (!(positive.Count == 0 || positive.Any(f => Passes(f, events))) || !negated.All(f => Passes(f, events)))
        {
            return ProfileMatch.No("event filters do not match");
        }

        return new ProfileMatch(true, rule.DelayInMinutes, "matches");
    }

    public static SeverityRuleLevel? RuleLevel(ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Availability => SeverityRuleLevel.Availability,
        ProblemSeverity.Error => SeverityRuleLevel.Errors,
        ProblemSeverity.Performance => SeverityRuleLevel.Performance,
        ProblemSeverity.ResourceContention => SeverityRuleLevel.ResourceContention,
        ProblemSeverity.CustomAlert => SeverityRuleLevel.CustomAlert,
        ProblemSeverity.MonitoringUnavailable => SeverityRuleLevel.MonitoringUnavailable,
        _ => null,
    };

    private static bool TagsMatch(SeverityRule rule, IReadOnlyList<string> tags) => rule.TagFilterIncludeMode switch
    {
        TagFilterIncludeMode.IncludeAny => rule.TagFilter.Any(t => tags.Any(x => TagEquals(x, t))),
        TagFilterIncludeMode.IncludeAll => rule.TagFilter.All(t => tags.Any(x => TagEquals(x, t))),
        _ => true,
    };

    // "[Kubernetes]app:x" equals "[kubernetes]app:x"; a filter without context ("app:x") matches any context.
    private static bool TagEquals(string entityTag, string filterTag)
    {
        static string Body(string tag) => tag.StartsWith('[') && tag.IndexOf(']', StringComparison.Ordinal) is var c and > 0 ? tag[(c + 1)..] : tag;

        return string.Equals(entityTag, filterTag, StringComparison.OrdinalIgnoreCase)
            || (!filterTag.StartsWith('[') && string.Equals(Body(entityTag), filterTag, StringComparison.Ordinal));
    }

    private static bool Passes(AlertingEventFilter filter, List<DavisEvent> events)
    {
        if (filter.Type == EventFilterType.Predefined)
        {
            var p = filter.PredefinedFilter!;
            var any = events.Exists(e => string.Equals(e.EventType, p.EventType, StringComparison.Ordinal));
            return p.Negate ? !any : any;
        }

        var c = filter.CustomFilter!;
        return events.Exists(e => Text(c.TitleFilter, e.Title) && Text(c.DescriptionFilter, e.Description) && c.MetadataFilterItems.All(m => Metadata(m, e)));
    }

    private static bool Text(TextFilter? filter, string text)
    {
        if (filter is not { Enabled: true })
        {
            return true;
        }

        var comparison = filter.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var result = filter.Operator switch
        {
            ComparisonOperator.BeginsWith => text.StartsWith(filter.Value, comparison),
            ComparisonOperator.EndsWith => text.EndsWith(filter.Value, comparison),
            ComparisonOperator.StringEquals => string.Equals(text, filter.Value, comparison),
            ComparisonOperator.RegexMatches => RegexMatches(text, filter.Value, filter.CaseSensitive),
            _ => text.Contains(filter.Value, comparison),
        };
        return result != filter.Negate;
    }

    private static bool RegexMatches(string text, string pattern, bool caseSensitive)
    {
        try
        {
            return Regex.IsMatch(text, pattern, caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase, RegexTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool Metadata(MetadataFilterItem item, DavisEvent e) =>
        string.Equals(e.Property(item.MetadataKey), item.MetadataValue, StringComparison.Ordinal) != item.Negate;
}
