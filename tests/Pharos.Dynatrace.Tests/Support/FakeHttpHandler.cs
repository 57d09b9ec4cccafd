using System.Net;
using System.Text;

namespace Pharos.Dynatrace.Tests.Support;

/// <summary>A scripted server: answers requests in order from a queue and records each request. No network.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly Lock _gate = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeHttpHandler Respond(int status, string? body = null, Action<HttpResponseMessage>? configure = null, string mediaType = "application/json")
    {
        Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, mediaType);
            }

            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public FakeHttpHandler Throw(Exception exception)
    {
        Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    public FakeHttpHandler Enqueue(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        lock (_gate)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body);
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> answer;
        lock (_gate)
        {
            Requests.Add(recorded);
            if (_script.Count == 0)
            {
                throw new InvalidOperationException($"Unexpected request {recorded.Method} {recorded.Uri}: the script is empty.");
            }

            answer = _script.Dequeue();
        }

        return await answer(recorded, cancellationToken);
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string? ContentType, string? Body)
{
    /// <summary>The query string as sent (still percent-encoded), without '?'.</summary>
    public string Query => Uri.Query.TrimStart('?');

    public string Path => Uri.AbsolutePath;
}
