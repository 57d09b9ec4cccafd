using System.Net.Http.Headers;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Errors;
using Polly;
using Polly.Retry;

namespace Pharos.Dynatrace.Http;

/// <summary>
/// Sends one operation: builds a fresh HTTP request per attempt (auth header from the
/// connection), classifies the result, lets <see cref="RetryPlanner"/> decide, and lets Polly
/// run the loop and the waits on the injected <see cref="TimeProvider"/>. Returns the answer the
/// operation handles or throws <see cref="DynatraceApiException"/>.
/// </summary>
internal sealed class DynatracePipeline
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly DynatraceClientOptions _options;
    private readonly RetryPlanner _planner;
    private readonly ResiliencePipeline<AttemptOutcome> _retry;
    private readonly SemaphoreSlim? _gate;

    public DynatracePipeline(HttpClient http, DynatraceConnection connection, DynatraceClientOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _planner = new RetryPlanner(options.Retry);
        Counter = options.Counter ?? new DynatraceRequestCounter();
        _gate = options.MaxConcurrentRequests is { } max ? new SemaphoreSlim(max, max) : null;
        _retry = new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                // The planner bounds attempts and time; Polly only runs the loop and the waits.
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result?.Decision.Retry == true),
                DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Result!.Decision.Delay),
            })
            .Build();
    }

    public DynatraceConnection Connection { get; }

    public DynatraceRequestCounter Counter { get; }

    public TimeProvider Time => _options.TimeProvider;

    public async Task<DynatraceResponse> SendAsync(DynatraceRequest request, CancellationToken cancellationToken)
    {
        var uri = new Uri(Connection.ApiBaseUri.AbsoluteUri + request.RelativePath + QueryString.Build(request.Query), UriKind.Absolute);
        var state = new SendState(this, request, uri, Time.GetTimestamp());
        var outcome = await _retry.ExecuteAsync(
            static (s, ct) => s.Pipeline.AttemptAsync(s, ct),
            state,
            cancellationToken).ConfigureAwait(false);

        if (outcome.Failure is not { } kind)
        {
            return new DynatraceResponse(outcome.StatusCode ?? 0, outcome.Body, outcome.Attempt, state.OutcomeUnknown, uri.AbsolutePath);
        }

        var failure = new DynatraceFailure(
            kind, outcome.StatusCode, request.Method.Method, uri.AbsolutePath, request.PathTemplate, outcome.Error,
            outcome.Attempt, outcome.Decision.Stop, state.OutcomeUnknown,
            outcome.Error is null ? ErrorBody.Snippet(outcome.Body) : null);
        throw FailureMessage.Create(failure, outcome.Exception, Connection);
    }

    /// <summary>An operation's own failure after the HTTP exchange succeeded, e.g. an unreadable body.</summary>
    public DynatraceApiException InvalidResponse(DynatraceRequest request, DynatraceResponse response, string detail, Exception? inner)
    {
        var failure = new DynatraceFailure(
            DynatraceFailureKind.InvalidResponse, response.StatusCode, request.Method.Method, response.Path, request.PathTemplate,
            new ApiError { Code = response.StatusCode, Message = detail }, response.Attempts, DynatraceRetryStop.NotRetryable,
            response.EarlierOutcomeUnknown, null);
        return FailureMessage.Create(failure, inner, Connection);
    }

    /// <summary>A status the operation handles itself turned out to be a whole-request failure (an error envelope).</summary>
    public DynatraceApiException Rejected(DynatraceRequest request, DynatraceResponse response)
    {
        var error = ErrorBody.TryParse(response.Body);
        var failure = new DynatraceFailure(
            FailureClassifier.FromStatus(response.StatusCode) ?? DynatraceFailureKind.InvalidResponse, response.StatusCode,
            request.Method.Method, response.Path, request.PathTemplate, error, response.Attempts, DynatraceRetryStop.NotRetryable,
            response.EarlierOutcomeUnknown, error is null ? ErrorBody.Snippet(response.Body) : null);
        return FailureMessage.Create(failure, null, Connection);
    }

    private async ValueTask<AttemptOutcome> AttemptAsync(SendState state, CancellationToken cancellationToken)
    {
        var attempt = ++state.Attempts;
        var request = state.Request;
        Counter.Record(request.Method.Method, request.PathTemplate, request.IsWrite, attempt > 1);
        var started = Time.GetTimestamp();
        var (status, body, retryAfterHeader, exception, kind) = await ExchangeAsync(state, cancellationToken).ConfigureAwait(false);

        if (kind is null && status is { } s && !request.HandledStatuses.Contains(s))
        {
            kind = FailureClassifier.FromStatus(s);
        }

        ApiError? error = null;
        var decision = RetryDecision.GiveUp(DynatraceRetryStop.NotRetryable);
        if (kind is { } failed)
        {
            error = ErrorBody.TryParse(body);
            var retryAfter = RetryAfter.From(retryAfterHeader, error?.RetryAfterSeconds, Time.GetUtcNow());
            decision = _planner.Decide(failed, request.Safety, attempt, retryAfter, Time.GetElapsedTime(state.StartedAt));
            state.OutcomeUnknown |= FailureClassifier.OutcomeUnknown(failed);
        }

        _options.OnExchange?.Invoke(new HttpExchange(
            request.Method.Method, state.Uri.AbsolutePath, request.PathTemplate, attempt, status, kind,
            Time.GetElapsedTime(started), decision.Retry ? decision.Delay : null, request.IsWrite));

        return new AttemptOutcome(attempt, status, body, kind, decision) { Error = error, Exception = exception };
    }

    private async Task<(int? Status, byte[] Body, RetryConditionHeaderValue? RetryAfter, Exception? Exception, DynatraceFailureKind? Kind)> ExchangeAsync(
        SendState state, CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            // Outside the try: a cancelled wait holds no slot to release.
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            using var message = CreateMessage(state);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return ((int)response.StatusCode, body, response.Headers.RetryAfter, null, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && FailureClassifier.FromException(ex) is { } kind)
        {
            return (null, [], null, ex, kind);
        }
        finally
        {
            _gate?.Release();
        }
    }

    private HttpRequestMessage CreateMessage(SendState state)
    {
        var message = new HttpRequestMessage(state.Request.Method, state.Uri);
        message.Headers.Authorization = Connection.Token.CreateHeader(Connection.Kind);
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (state.Request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body.Content);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.MediaType);
        }

        return message;
    }

    private sealed class SendState(DynatracePipeline pipeline, DynatraceRequest request, Uri uri, long startedAt)
    {
        public DynatracePipeline Pipeline { get; } = pipeline;

        public DynatraceRequest Request { get; } = request;

        public Uri Uri { get; } = uri;

        public long StartedAt { get; } = startedAt;

        public int Attempts { get; set; }

        public bool OutcomeUnknown { get; set; }
    }
}
