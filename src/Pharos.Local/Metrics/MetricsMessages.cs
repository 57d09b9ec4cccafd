using System.Globalization;

namespace Pharos.Local.Metrics;

/// <summary>Messages of the metrics endpoints that do not come from Pharos.Metrics' own diagnostics.</summary>
internal static class MetricsMessages
{
    public const string StoreClosed = "The metric store is closed because the local environment is stopping. Retry against the restarted environment.";

    public const string NotAcceptable = "The local environment answers the Metrics API in JSON only; send Accept: application/json (CSV output is not supported).";

    public static string PayloadTooLarge(long limit) => string.Create(CultureInfo.InvariantCulture,
        $"Payload Too Large: the body exceeds {limit} bytes. Split it into several requests (Dynatrace's clients send at most 1000 lines each).");

    public static string BodyUnreadable(string problem) => $"The request body could not be read: {problem}";

    public static string StoreFailed(string? reason) => $"The metric store could not store the data points: {reason}";

    public static string UnsupportedParameter(string name) =>
        $"'{name}' is not supported by the local environment; remove it (an ignored filter would return data it should exclude).";
}
