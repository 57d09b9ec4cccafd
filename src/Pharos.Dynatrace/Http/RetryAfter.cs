using System.Net.Http.Headers;

namespace Pharos.Dynatrace.Http;

/// <summary>
/// How long the server asked to wait: the <c>Retry-After</c> header (delta seconds or an HTTP
/// date), else the platform body field <c>error.retryAfterSeconds</c>. A date in the past means 0.
/// </summary>
public static class RetryAfter
{
    public static TimeSpan? From(RetryConditionHeaderValue? header, int? bodySeconds, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return bodySeconds is { } seconds && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>Parses a raw header value; null when absent or malformed (then the backoff applies).</summary>
    public static TimeSpan? Parse(string? headerValue, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(headerValue, out var parsed) ? From(parsed, null, now) : null;
}
