using System.Net;
using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Tests.Notifications;

public sealed class SenderTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 5, 0, TimeSpan.Zero);

    private static RenderedNotification Hook(string url = "http://127.0.0.1:9/hook/secret", string contentType = "application/json", bool anyCertificate = false) =>
        new("n-1", "Ops webhook", new WebhookRequest(url, [new WebhookHeader("Authorization", true, "Bearer s3cr3t"), new WebhookHeader("Content-Type", false, contentType)], """{"a":1}""", contentType, anyCertificate), null);

    [Theory]
    [InlineData(HttpStatusCode.OK, DeliveryStatus.Delivered)]
    [InlineData(HttpStatusCode.NoContent, DeliveryStatus.Delivered)]
    [InlineData(HttpStatusCode.TooManyRequests, DeliveryStatus.RetryableFailure)]
    [InlineData(HttpStatusCode.RequestTimeout, DeliveryStatus.RetryableFailure)]
    [InlineData(HttpStatusCode.BadGateway, DeliveryStatus.RetryableFailure)]
    [InlineData(HttpStatusCode.Unauthorized, DeliveryStatus.PermanentFailure)]
    [InlineData(HttpStatusCode.NotFound, DeliveryStatus.PermanentFailure)]
    public async Task Webhook_ClassifiesTheHttpStatus(HttpStatusCode status, DeliveryStatus expected)
    {
        var handler = new Handler(_ => new HttpResponseMessage(status));
        using var client = new HttpClient(handler);

        var result = await new HttpWebhookSender(client).SendAsync(Hook(), T0, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal((int)status, result.StatusCode);
    }

    [Fact]
    public async Task Webhook_PostsTheBodyWithItsHeaders()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = new HttpClient(handler);

        await new HttpWebhookSender(client).SendAsync(Hook(), T0, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("Bearer s3cr3t", request.Headers.GetValues("Authorization").Single());
        Assert.Equal("application/json; charset=utf-8", request.Content!.Headers.ContentType!.ToString());
        Assert.Equal("""{"a":1}""", handler.Bodies.Single());
    }

    [Fact]
    public async Task Webhook_ConnectionFailure_IsRetryableAndNamesNoUrl()
    {
        var handler = new Handler(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9/hook/secret)"));
        using var client = new HttpClient(handler);

        var result = await new HttpWebhookSender(client).SendAsync(Hook(), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryableFailure, result.Status);
        Assert.Equal("connection failed (ConnectionError)", result.Error);
    }

    [Fact]
    public async Task Webhook_AcceptAnyCertificateWithoutAnInsecureClient_IsRefused()
    {
        using var client = new HttpClient(new Handler(_ => new HttpResponseMessage(HttpStatusCode.OK)));

        var result = await new HttpWebhookSender(client).SendAsync(Hook(anyCertificate: true), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
    }

    [Fact]
    public async Task Outbox_WritesOneEmlFilePerMessage()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pharos-outbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            var message = new EmailMessage("a <a@localhost>", ["ops@example.com"], [], [], "OPEN Problem P-1: x", "hello", false, T0, "f00d@pharos.local");

            var result = await new OutboxEmailSender(directory).SendAsync(new RenderedNotification("m-1", "Ops e-mail", null, message), T0, CancellationToken.None);

            Assert.Equal(DeliveryStatus.Delivered, result.Status);
            var file = Assert.Single(Directory.GetFiles(directory));
            Assert.Equal("20250101T000500Z-f00d.eml", Path.GetFileName(file));
            Assert.Equal(EmlWriter.Write(message), await File.ReadAllTextAsync(file));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Routing_SendsEachKindToItsSender()
    {
        var handler = new Handler(_ => new HttpResponseMessage(HttpStatusCode.Accepted));
        using var client = new HttpClient(handler);
        var sender = new RoutingNotificationSender(new HttpWebhookSender(client), new HttpWebhookSender(client));

        var result = await sender.SendAsync(Hook(), T0, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
    }

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return respond(request);
        }
    }
}
