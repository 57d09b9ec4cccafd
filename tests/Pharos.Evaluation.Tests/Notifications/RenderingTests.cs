using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using static Pharos.Evaluation.Tests.TestSupport.Events;
using static Pharos.Evaluation.Tests.TestSupport.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class RenderingTests
{
    private static readonly NotificationRenderOptions Options = new() { ProblemUrlBase = "http://127.0.0.1:8080/" };

    private static Problem Problem(string title = "Card payments \"degraded\"\nsee runbook")
    {
        var tracker = new ProblemTracker(new InMemoryEntityDirectory());
        return tracker.Apply([Raise(Event("1", Service("A1", "checkout", "[Kubernetes]app:checkout"), 4, "ERROR_EVENT", title))]).Single().Problem;
    }

    private static string Webhook(string payload, NotificationState state = NotificationState.Open) =>
        NotificationRenderer.Render(TestSupport.Notifications.Webhook(payload), Problem(), state, T0, Options).Webhook!.Body;

    [Fact]
    public void DefaultPayload_IsValidJsonWithEscapedTitle()
    {
        var body = Webhook(WebhookNotification.DefaultPayload);

        var json = JsonNode.Parse(body)!;
        Assert.Equal("OPEN", (string)json["State"]!);
        Assert.Equal("P-25011", (string)json["ProblemID"]!);
        Assert.Equal("Card payments \"degraded\"\nsee runbook", (string)json["ProblemTitle"]!);
    }

    [Fact]
    public void JsonPlaceholdersWithoutQuotes_AreInsertedAsJson()
    {
        var body = Webhook("""{"entities": {ImpactedEntities}, "details": {ProblemDetailsJSON}, "v2": {ProblemDetailsJSONv2}}""");

        var json = JsonNode.Parse(body)!;
        Assert.Equal("""[{"type":"SERVICE","name":"checkout","entity":"SERVICE-00000000000000A1"}]""", json["entities"]!.ToJsonString());
        Assert.Equal("P-25011", (string)json["details"]!["ProblemID"]!);
        Assert.Equal("SERVICES", (string)json["v2"]!["impactLevel"]!);
        Assert.Equal("SERVICE", (string)json["details"]!["ProblemImpact"]!);
    }

    [Fact]
    public void JsonPlaceholderInsideQuotes_BecomesAnEscapedString()
    {
        var body = Webhook("""{"details": "{ProblemDetailsJSON}"}""");

        var inner = (string)JsonNode.Parse(body)!["details"]!;
        Assert.Equal("P-25011", (string)JsonNode.Parse(inner)!["ProblemID"]!);
    }

    [Fact]
    public void EscapedQuotesInTheTemplate_DoNotConfuseTheStringTracking()
    {
        var body = Webhook("""{"text": "say \"{ProblemTitle}\"", "n": {ImpactedEntities}}""");

        var json = JsonNode.Parse(body)!;
        Assert.Equal("say \"Card payments \"degraded\"\nsee runbook\"", (string)json["text"]!);
        Assert.IsType<JsonArray>(json["n"]);
    }

    [Fact]
    public void NonJsonContentType_InsertsValuesAsWritten()
    {
        var config = Notification("""
            { "displayName": "Text hook", "type": "WEBHOOK", "webHookNotification": { "url": "https://h.example.com/x",
              "headers": [ { "name": "Content-Type", "value": "text/plain" } ], "payload": "{State}: {ProblemTitle}" } }
            """);

        var request = NotificationRenderer.Render(config, Problem(), NotificationState.Resolved, T0, Options).Webhook!;

        Assert.Equal("RESOLVED: Card payments \"degraded\"\nsee runbook", request.Body);
        Assert.Equal("text/plain", request.ContentType);
    }

    [Fact]
    public void UnknownPlaceholder_StaysAsWritten()
    {
        Assert.Equal("""{"x":"{Nope} P-25011"}""", Webhook("""{"x":"{Nope} {ProblemID}"}"""));
    }

    [Fact]
    public void ProblemUrl_PointsAtTheProblemOnTheConfiguredBase()
    {
        var url = (string)JsonNode.Parse(Webhook("""{"u":"{ProblemURL}"}"""))!["u"]!;

        Assert.StartsWith("http://127.0.0.1:8080/#problems/problemdetails;pid=", url);
        Assert.EndsWith("V2", url);
    }

    [Fact]
    public void TeamsTemplate_RendersAValidMessageCard()
    {
        var body = Webhook(TeamsMessageCard.Template, NotificationState.Resolved);

        var card = JsonNode.Parse(body)!;
        Assert.Equal("MessageCard", (string)card["@type"]!);
        Assert.Equal("https://schema.org/extensions", (string)card["@context"]!);
        Assert.StartsWith("RESOLVED Problem P-25011: Card payments", (string)card["title"]!);
        Assert.Equal("checkout", (string)card["sections"]![0]!["facts"]![1]!["value"]!);
        Assert.StartsWith("http://127.0.0.1:8080/#problems", (string)card["potentialAction"]![0]!["targets"]![0]!["uri"]!);
    }

    [Fact]
    public void TeamsBuild_ColoursResolvedGreen()
    {
        var card = TeamsMessageCard.Build(Problem(), NotificationState.Resolved, Options);

        Assert.Equal("2E7D32", (string)card["themeColor"]!);
    }

    [Fact]
    public void Email_SubjectAndHtmlBodyFromTheDefaults()
    {
        var message = NotificationRenderer.Render(Email(), Problem("Checkout errors"), NotificationState.Open, T0.AddMinutes(5), Options).Email!;

        Assert.Equal("OPEN Problem P-25011: checkout", message.Subject);
        Assert.True(message.IsHtml);
        Assert.Contains("<h2>OPEN Problem <a href=", message.Body, StringComparison.Ordinal);
        Assert.Equal(["ops@example.com"], message.To);
        Assert.Equal(["lead@example.com"], message.Cc);
    }

    [Fact]
    public void PlaceholderNames_AreTheDocumentedOnes()
    {
        var values = ProblemPlaceholders.For(Problem(), NotificationState.Merged, Options);

        Assert.Equal(ProblemPlaceholders.Names.Order(StringComparer.Ordinal), values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("MERGED", values["State"].Text);
        Assert.Equal("[Kubernetes]app:checkout", values["Tags"].Text);
        Assert.True(PayloadRenderer.IsValidJson(values["ProblemDetailsJSONv2"].Text));
        Assert.Contains("Root cause: checkout (SERVICE-00000000000000A1)", values["ProblemDetailsText"].Text, StringComparison.Ordinal);
        Assert.StartsWith("**MERGED Problem [P-25011](http://127.0.0.1:8080/#problems", values["ProblemDetailsMarkdown"].Text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(values["ImpactedEntities"].Text).RootElement.ValueKind);
    }
}
