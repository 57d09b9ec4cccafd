using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using static Pharos.Evaluation.Tests.TestSupport.Events;
using static Pharos.Evaluation.Tests.TestSupport.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class AlertingProfileMatcherTests
{
    private static readonly EntityInfo Checkout = Service("A1", "checkout", "[Kubernetes]app:checkout", "[Kubernetes]team:payments") with
    {
        ManagementZones = [new ManagementZoneRef("42", "Payments", "mz-payments")],
    };

    private static Problem ProblemOf(string eventType, string title = "Checkout errors", params (string, string)[] properties)
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory());
        return tracker.Apply([Raise(Event("1", Checkout, 0, eventType, title, true, properties))]).Single().Problem;
    }

    [Theory]
    [InlineData("AVAILABILITY_EVENT", 0)]
    [InlineData("ERROR_EVENT", 0)]
    [InlineData("CUSTOM_ALERT", 0)]
    [InlineData("PERFORMANCE_EVENT", 30)]
    [InlineData("RESOURCE_CONTENTION_EVENT", 30)]
    public void DefaultProfile_SchemaDefaultDelays(string eventType, int delay)
    {
        var match = AlertingProfileMatcher.Match(AlertingProfile.Default, ProblemOf(eventType));

        Assert.True(match.Matches);
        Assert.Equal(delay, match.DelayInMinutes);
    }

    [Fact]
    public void SeverityRules_FirstMatchingRuleDecidesTheDelay()
    {
        var profile = Profile("""
            { "name": "p", "severityRules": [
              { "severityLevel": "ERRORS", "delayInMinutes": 5, "tagFilterIncludeMode": "INCLUDE_ALL", "tagFilter": ["[Kubernetes]app:checkout", "team:other"] },
              { "severityLevel": "ERRORS", "delayInMinutes": 7, "tagFilterIncludeMode": "INCLUDE_ANY", "tagFilter": ["team:other", "[kubernetes]team:payments"] },
              { "severityLevel": "ERRORS", "delayInMinutes": 9, "tagFilterIncludeMode": "NONE" } ] }
            """);

        Assert.Equal(7, AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).DelayInMinutes);
    }

    [Fact]
    public void NoRuleForTheSeverity_DoesNotMatch()
    {
        var profile = Profile("""{ "name": "p", "severityRules": [ { "severityLevel": "AVAILABILITY", "delayInMinutes": 0, "tagFilterIncludeMode": "NONE" } ] }""");

        var match = AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT"));

        Assert.False(match.Matches);
        Assert.Equal("no severity rule for ERROR", match.Reason);
    }

    [Theory]
    [InlineData("mz-payments", true)]
    [InlineData("42", true)]
    [InlineData("mz-other", false)]
    public void ManagementZone_MatchesByObjectIdOrNumericId(string zone, bool matches)
    {
        var profile = Profile($$"""{ "name": "p", "managementZone": "{{zone}}" }""");

        Assert.Equal(matches, AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).Matches);
    }

    [Theory]
    [InlineData("CONTAINS", "checkout", false, false, true)]
    [InlineData("CONTAINS", "CHECKOUT", false, true, false)]
    [InlineData("BEGINS_WITH", "Checkout", false, false, true)]
    [InlineData("ENDS_WITH", "errors", false, false, true)]
    [InlineData("STRING_EQUALS", "Checkout errors", false, false, true)]
    [InlineData("REGEX_MATCHES", "^Check.*rors$", false, false, true)]
    [InlineData("CONTAINS", "checkout", true, false, false)]
    [InlineData("CONTAINS", "billing", true, false, true)]
    public void CustomTitleFilter_OperatorsNegateAndCase(string op, string value, bool negate, bool caseSensitive, bool matches)
    {
        var profile = Profile($$"""
            { "name": "p", "eventFilters": [ { "type": "CUSTOM", "customFilter": { "titleFilter":
              { "enabled": true, "value": "{{value}}", "operator": "{{op}}", "negate": {{negate.ToString().ToLowerInvariant()}}, "caseSensitive": {{caseSensitive.ToString().ToLowerInvariant()}} } } } ] }
            """);

        Assert.Equal(matches, AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).Matches);
    }

    [Fact]
    public void EventFilters_PositiveOnesAreOredNegatedOnesAnded()
    {
        var profile = Profile("""
            { "name": "p", "eventFilters": [
              { "type": "CUSTOM", "customFilter": { "titleFilter": { "value": "billing", "operator": "CONTAINS" } } },
              { "type": "CUSTOM", "customFilter": { "titleFilter": { "value": "Checkout", "operator": "BEGINS_WITH" } } },
              { "type": "PREDEFINED", "predefinedFilter": { "eventType": "OSI_HIGH_CPU", "negate": true } } ] }
            """);

        Assert.True(AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).Matches);
    }

    [Fact]
    public void PredefinedFilter_OurEventsAreNotBuiltInEventTypes()
    {
        var profile = Profile("""{ "name": "p", "eventFilters": [ { "type": "PREDEFINED", "predefinedFilter": { "eventType": "OSI_HIGH_CPU", "negate": false } } ] }""");

        Assert.False(AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).Matches);
    }

    [Fact]
    public void MetadataFilter_MatchesEventProperties()
    {
        var profile = Profile("""
            { "name": "p", "eventFilters": [ { "type": "CUSTOM", "customFilter": { "metadataFilter": { "metadataFilterItems": [
              { "metadataKey": "pharos.service", "metadataValue": "checkout", "negate": false },
              { "metadataKey": "pharos.environment", "metadataValue": "dev", "negate": true } ] } } } ] }
            """);

        Assert.True(AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT", "x", ("pharos.service", "checkout"), ("pharos.environment", "prod"))).Matches);
        Assert.False(AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT", "x", ("pharos.service", "billing"))).Matches);
    }

    [Fact]
    public void InvalidRegex_DoesNotMatchInsteadOfThrowing()
    {
        var profile = Profile("""{ "name": "p", "eventFilters": [ { "type": "CUSTOM", "customFilter": { "titleFilter": { "value": "(", "operator": "REGEX_MATCHES" } } } ] }""");

        Assert.False(AlertingProfileMatcher.Match(profile, ProblemOf("ERROR_EVENT")).Matches);
    }
}
