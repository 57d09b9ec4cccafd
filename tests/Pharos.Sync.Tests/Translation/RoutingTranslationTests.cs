using System.Text.Json.Nodes;
using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

using Pharos.Settings;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The "channels → alerting profile + problem notification" rows.</summary>
public sealed class RoutingTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static IEnumerable<string> FilterTokens(DesiredObject profile) =>
        profile.Value["eventFilters"]!.AsArray().Select(f => f!["customFilter"]!["descriptionFilter"]!["value"].Str());

    [Fact]
    public void Profile_MatchesExactlyTheRulesRoutedToTheChannel()
    {
        var result = fixture.Translate().Result;
        var sre = result.Single(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "teams:#platform-sre");
        var crash = result.MetricEvent("payment-processor", "prod", "ServiceCrash");

        Assert.Equal([EventRouting.Token(crash.ExternalId)], FilterTokens(sre));
        Assert.Equal("Pharos: payment-processor (prod) → Teams #platform-sre", sre.Value["name"].Str());
        Assert.Null(sre.Value["managementZone"]);
        var filter = sre.Value["eventFilters"]![0]!;
        Assert.Equal("CUSTOM", filter["type"].Str());
        var description = filter["customFilter"]!["descriptionFilter"]!;
        Assert.Equal("CONTAINS", description["operator"].Str());
        Assert.True(description["caseSensitive"]!.GetValue<bool>());
        Assert.Contains(EventRouting.Token(crash.ExternalId), crash.Template()["description"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_AdmitsEveryProblemSeverityWithoutDelay()
    {
        var profile = fixture.Translate().Result.Single(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "email:owner@company.com");
        var rules = profile.Value["severityRules"]!.AsArray();

        Assert.Equal(["AVAILABILITY", "ERRORS", "PERFORMANCE", "RESOURCE_CONTENTION", "CUSTOM_ALERT"], rules.Select(r => r!["severityLevel"].Str()));
        Assert.All(rules, r => Assert.Equal(0, r!["delayInMinutes"].Num()));
        Assert.All(rules, r => Assert.Equal("NONE", r!["tagFilterIncludeMode"].Str()));
    }

    [Fact]
    public void TeamsProfile_ListsTheServiceRulesThatNameTheChannel()
    {
        var result = fixture.Translate().Result;
        var team = result.Single(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "teams:#team-payment-processor");
        var expected = new[] { "ChargebackRateHigh", "DatabaseSlowQueries", "ErrorRateAnomaly", "FraudCheckLatencyHigh", "FraudRejectionRateHigh", "HighLatencyAnomaly", "PaymentSuccessRateLow", "ServiceCrash" }
            .Select(r => EventRouting.Token(result.MetricEvent("payment-processor", "prod", r).ExternalId));

        Assert.Equal(expected, FilterTokens(team));
    }

    [Fact]
    public void TeamsChannel_IsWebhookWithSecretUrlAndAdaptiveCard()
    {
        var result = fixture.Translate().Result;
        var notification = result.Single(DesiredObjectKind.Notification, "payment-processor", "prod", "teams:#team-payment-processor");
        var profile = result.Single(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "teams:#team-payment-processor");
        var webhook = notification.Value["webHookNotification"]!;

        Assert.Equal("WEBHOOK", notification.Value["type"].Str());
        Assert.Equal("Pharos: payment-processor (prod) → Teams #team-payment-processor", notification.Value["displayName"].Str());
        Assert.True(webhook["urlContainsSecret"]!.GetValue<bool>());
        Assert.Equal("https://example.webhook.office.com/webhookb2/payments", webhook["secretUrl"].Str());
        Assert.Null(webhook["url"]);
        Assert.True(webhook["notifyClosedProblems"]!.GetValue<bool>());
        Assert.Equal(["/webHookNotification/secretUrl"], notification.SecretPaths);
        Assert.Equal(profile.ExternalId, notification.Value["alertingProfile"].Str());
        Assert.Equal([new ObjectReference("/alertingProfile", "builtin:alerting.profile", profile.ExternalId)], notification.References);

        var payload = JsonNode.Parse(webhook["payload"].Str())!;
        Assert.Equal("message", payload["type"].Str());
        var attachment = payload["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"].Str());
        var card = attachment["content"]!;
        Assert.Equal("AdaptiveCard", card["type"].Str());
        Assert.Equal("{State}: {ProblemTitle}", card["body"]![0]!["text"].Str());
        var facts = card["body"]![1]!["facts"]!.AsArray().ToDictionary(f => f!["title"].Str(), f => f!["value"].Str());
        Assert.Equal("payment-processor", facts["Service"]);
        Assert.Equal("prod", facts["Environment"]);
        Assert.Equal("{ImpactedEntity}", facts["Impacted"]);
        Assert.Equal("{ProblemURL}", card["actions"]![0]!["url"].Str());
        Assert.True(webhook["payload"].Str().Length <= 5000);
    }

    [Fact]
    public void EmailChannel_IsEmailNotificationToTheAddress()
    {
        var notification = fixture.Translate().Result.Single(DesiredObjectKind.Notification, "payment-processor", "prod", "email:owner@company.com");
        var email = notification.Value["emailNotification"]!;

        Assert.Equal("EMAIL", notification.Value["type"].Str());
        Assert.Equal(["owner@company.com"], email["recipients"]!.AsArray().Select(r => r.Str()));
        Assert.Equal("{State} {ProblemSeverity} problem {ProblemID} on payment-processor (prod): {ProblemTitle}", email["subject"].Str());
        Assert.Equal("{ProblemDetailsHTML}", email["body"].Str());
        Assert.Empty(notification.SecretPaths);
    }

    [Fact]
    public void RuleWithoutChannels_IsInNoProfile()
    {
        var result = fixture.Translate().Result;
        var token = EventRouting.Token(result.MetricEvent("payment-processor", "prod", "HighErrorRate").ExternalId);

        Assert.DoesNotContain(result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.AlertingProfile), p => FilterTokens(p).Contains(token));
    }

    [Fact]
    public void CriticalRuleWithoutChannels_IsWarned()
    {
        var diagnostics = fixture.Translate().Diagnostics;

        var warning = Assert.Single(diagnostics, d => d.Code == "PH3010" && d.Message.Contains("HighErrorRate", StringComparison.Ordinal));
        Assert.Equal(
            "critical alert rule 'HighErrorRate' of payment-processor in prod notifies nobody: its problem opens in Dynatrace but no channel is told. Add channels (teams or email) to the rule.",
            warning.Message);
    }

    [Fact]
    public void InfoRuleWithChannels_IsInNoProfileAndWarned()
    {
        var (result, diagnostics) = TestTranslation.Rules(fixture, Rule("Note", "payment_success_rate < 99", "info", channels: Email("owner@company.com")));

        Assert.DoesNotContain(result.DesiredObjects, o => o.Kind == DesiredObjectKind.AlertingProfile);
        var warning = Assert.Single(diagnostics, d => d.Code == "PH3009");
        Assert.Equal(
            "alert rule 'Note' has severity info, which records a Dynatrace event but never opens a problem, so its channels are never notified. Use severity warning to notify them, or remove the channels.",
            warning.Message);
    }

    [Fact]
    public void MissingWebhook_SkipsTheChannelWithErrorAndSuggestion()
    {
        var options = ExampleCatalogFixture.Options with
        {
            TeamsWebhookUrls = new Dictionary<string, string> { ["#team-payment-processr"] = "https://example.webhook.office.com/x" },
        };
        var (result, diagnostics) = TestTranslation.Run(TestTranslation.PaymentsProd(fixture), options);

        Assert.Null(result.Find(DesiredObjectKind.Notification, "payment-processor", "prod", "teams:#team-payment-processor"));
        Assert.Null(result.Find(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "teams:#team-payment-processor"));
        Assert.NotNull(result.Find(DesiredObjectKind.Notification, "payment-processor", "prod", "email:owner@company.com"));
        var error = Assert.Single(diagnostics, d => d.Code == "PH3007" && d.Message.Contains("'#team-payment-processor'", StringComparison.Ordinal));
        Assert.Equal(
            "no webhook URL for Teams channel '#team-payment-processor', so its notification was not created. Did you mean '#team-payment-processr'? Add the channel's incoming-webhook (or Workflows) URL to the Teams webhook map sync reads, e.g. \"#team-payment-processor\": \"https://…\".",
            error.Message);
    }

    [Fact]
    public void UnusedWebhook_IsWarnedWithSuggestion()
    {
        var options = ExampleCatalogFixture.Options with
        {
            TeamsWebhookUrls = new Dictionary<string, string>(ExampleCatalogFixture.AllWebhooks) { ["#platform-sr"] = "https://example.webhook.office.com/y" },
        };
        var (_, diagnostics) = fixture.Translate(options);

        var warning = Assert.Single(diagnostics, d => d.Code == "PH3015");
        Assert.Equal(
            "the Teams webhook map has a URL for '#platform-sr', but no alert rule notifies that channel. Did you mean '#platform-sre'? Remove it from the map or correct its name.",
            warning.Message);
    }

    [Theory]
    [InlineData("http://example.webhook.office.com/x")]
    [InlineData("not a url")]
    public void NonHttpsWebhook_SkipsTheChannelWithError(string url)
    {
        var options = ExampleCatalogFixture.Options with
        {
            TeamsWebhookUrls = new Dictionary<string, string>(ExampleCatalogFixture.AllWebhooks) { ["#platform-sre"] = url },
        };
        var (result, diagnostics) = TestTranslation.Run(TestTranslation.PaymentsProd(fixture), options);

        Assert.Null(result.Find(DesiredObjectKind.Notification, "payment-processor", "prod", "teams:#platform-sre"));
        var error = Assert.Single(diagnostics, d => d.Code == "PH3008");
        Assert.Equal(
            "the webhook URL given for Teams channel '#platform-sre' is not an absolute https URL, so its notification was not created. Use the https URL Teams shows for the channel's webhook.",
            error.Message);
        Assert.DoesNotContain(url, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreRulesThanEventFilters_SkipsTheChannelWithError()
    {
        var rules = Enumerable.Range(0, RoutingTranslator.MaxEventFilters + 1)
            .Select(i => Rule($"Rule{i:D3}", "payment_success_rate < 95", channels: Email("owner@company.com")))
            .ToArray();
        var (result, diagnostics) = TestTranslation.Rules(fixture, rules);

        Assert.Null(result.Find(DesiredObjectKind.AlertingProfile, "payment-processor", "prod", "email:owner@company.com"));
        var error = Assert.Single(diagnostics, d => d.Code == "PH3012");
        Assert.Equal(
            "101 alert rules of payment-processor in prod notify 'owner@company.com', but an alerting profile holds at most 100 event filters; the channel's notification was not created. Route some rules to another channel.",
            error.Message);
    }

    [Fact]
    public void OneProfileAndNotificationPerServiceEnvironmentAndChannel()
    {
        var result = fixture.Translate().Result;
        var profiles = result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.AlertingProfile).ToList();
        var notifications = result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.Notification).ToList();

        // payment-processor: 3 channels × 3 environments; the listener: its Teams channel in prod only.
        Assert.Equal(10, profiles.Count);
        Assert.Equal(10, notifications.Count);
        Assert.All(notifications, n => Assert.Single(profiles, p => p.ExternalId == n.References.Single().ExternalId));
    }

    [Fact]
    public void MaskedJson_HidesTheWebhookUrlAndKeepsTheRest()
    {
        var notification = fixture.Translate().Result.Single(DesiredObjectKind.Notification, "payment-processor", "prod", "teams:#platform-sre");

        var masked = notification.ToCanonicalJson("***");

        Assert.DoesNotContain("webhookb2", masked, StringComparison.Ordinal);
        Assert.Contains("\"secretUrl\":\"***\"", masked, StringComparison.Ordinal);
        Assert.Contains("webhookb2/sre", notification.ToCanonicalJson(), StringComparison.Ordinal);
        Assert.Equal(notification.ToCanonicalJson().Length - "https://example.webhook.office.com/webhookb2/sre".Length + 3, masked.Length);
    }
}
