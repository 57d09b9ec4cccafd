using System.Globalization;
using System.Net;
using System.Text;
using Pharos.Dynatrace.Connection;
using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Errors;

/// <summary>
/// Builds exception messages: what was requested, what came back, what to do, and why the client
/// stopped. Text from elsewhere (server messages, body snippets, inner exceptions) is scrubbed of
/// the token, so a proxy that echoes headers cannot leak it.
/// </summary>
internal static class FailureMessage
{
    private const int SnippetLength = 160;

    public static DynatraceApiException Create(DynatraceFailure failure, Exception? inner, DynatraceConnection connection)
    {
        var token = connection.Token;
        var text = token.Scrub(Build(failure, inner, connection.Kind));
        return new DynatraceApiException(text, failure with { Error = Scrub(failure.Error, token) }, SafeInner(inner, token));
    }

    // Exception.ToString prints inner exceptions verbatim; one that quotes the token is replaced
    // by a scrubbed copy of its text (its stack trace is lost, the token is not leaked).
    private static Exception? SafeInner(Exception? inner, DynatraceToken token)
    {
        if (inner is null)
        {
            return null;
        }

        var text = inner.ToString();
        var scrubbed = token.Scrub(text);
        return ReferenceEquals(text, scrubbed) || text == scrubbed ? inner : new RedactedException(scrubbed);
    }

    public static string Build(DynatraceFailure failure, Exception? inner, DynatraceApiKind apiKind)
    {
        var builder = new StringBuilder();
        builder.Append(failure.Method).Append(' ').Append(failure.Path).Append(" failed: ");
        if (failure.StatusCode is { } status)
        {
            builder.Append("HTTP ").Append(status.ToString(CultureInfo.InvariantCulture));
            var reason = ReasonPhrase(status);
            if (reason.Length > 0)
            {
                builder.Append(' ').Append(reason);
            }

            builder.Append(" (").Append(failure.Kind).Append(')');
        }
        else
        {
            builder.Append(failure.Kind);
        }

        if (failure.Error is { } error)
        {
            builder.Append(": ").Append(error.Describe());
        }
        else if (!string.IsNullOrWhiteSpace(failure.ResponseSnippet))
        {
            builder.Append(": response was not a Dynatrace error: ").Append(Snippet(failure.ResponseSnippet));
        }
        else if (inner is not null)
        {
            builder.Append(": ").Append(inner.Message);
        }

        var hint = Hint(failure.Kind, apiKind);
        if (hint.Length > 0)
        {
            builder.Append(builder[^1] == '.' ? " " : ". ").Append(hint);
        }

        builder.Append(" (").Append(StopText(failure)).Append(')');
        if (failure.OutcomeUnknown)
        {
            builder.Append(". The request may have been applied; read the current state before repeating it.");
        }

        return builder.ToString();
    }

    private static string StopText(DynatraceFailure failure) => failure.Stop switch
    {
        DynatraceRetryStop.NotSafeToRepeat => $"not retried after {Attempts(failure.Attempts)}: repeating could apply the request twice",
        DynatraceRetryStop.AttemptsExhausted => $"gave up after {Attempts(failure.Attempts)}",
        DynatraceRetryStop.TimeBudgetExhausted => $"gave up after {Attempts(failure.Attempts)}: the retry time budget would be exceeded",
        _ => $"not retryable; {Attempts(failure.Attempts)}",
    };

    private static string Attempts(int count) => count == 1 ? "1 attempt" : $"{count} attempts";

    private static string Hint(DynatraceFailureKind kind, DynatraceApiKind apiKind) => kind switch
    {
        DynatraceFailureKind.Unauthorized => apiKind == DynatraceApiKind.Platform
            ? "Check DT_API_TOKEN: platform URLs need a valid platform token or OAuth access token (sent as Bearer)"
            : "Check DT_API_TOKEN: the API token is missing, unknown or expired (sent as Api-Token)",
        DynatraceFailureKind.Forbidden => "The token lacks a scope (the message names it); add the scope to the token",
        DynatraceFailureKind.RateLimited => "The environment is overloaded; lower the concurrency or try again later",
        DynatraceFailureKind.ConnectFailure => "Check DT_ENV_URL and that this machine can reach the host",
        DynatraceFailureKind.TlsFailure => "Check the server certificate and the certificate authorities this machine trusts",
        DynatraceFailureKind.PayloadTooLarge => "Send smaller requests; most endpoints accept at most 1 MB",
        DynatraceFailureKind.InvalidResponse => "Check that DT_ENV_URL points at a Dynatrace environment and that the HttpClient does not follow redirects",
        _ => "",
    };

    private static string ReasonPhrase(int status)
    {
        var name = Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : "";
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0 && char.IsLower(builder[^1]))
            {
                builder.Append(' ');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Snippet(string text)
    {
        var flat = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "…";
    }

    private static ApiError? Scrub(ApiError? error, DynatraceToken token) => error is null ? null : error with
    {
        Message = error.Message is null ? null : token.Scrub(error.Message),
        ConstraintViolations = error.ConstraintViolations
            .Select(v => v with
            {
                Path = v.Path is null ? null : token.Scrub(v.Path),
                Message = v.Message is null ? null : token.Scrub(v.Message),
                Location = v.Location is null ? null : token.Scrub(v.Location),
            })
            .ToList(),
    };
}
