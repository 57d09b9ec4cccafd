using System.Globalization;
using Pharos.Catalog.Model;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// Reads the flag values of the gate verbs. Bad input is exit 4 for these verbs (the pipeline must
/// tell "the gate failed" from "the gate could not run"), so every rejection is a
/// <see cref="CliException"/> with <see cref="GateExitCodes.Error"/>.
/// </summary>
internal static class GateInput
{
    public static CliException Bad(string message) => new(message, GateExitCodes.Error);

    public static string Required(string? value, string flag, string what)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw Bad($"{flag} is required: the {what}.") : trimmed;
    }

    public static string? Optional(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static OutputFormat Output(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        _ => throw Bad($"--output must be text or json, not '{value}'."),
    };

    /// <summary><c>10m</c>, <c>90s</c>, <c>1h30m</c>, <c>2d</c>: a positive span in days, hours, minutes and seconds.</summary>
    public static TimeSpan? Duration(string? value, string flag)
    {
        var text = Optional(value);
        if (text is null)
        {
            return null;
        }

        // The catalog's parser: one grammar for flags and gates blocks, and no overflow on 999999999d.
        if (!GateDurations.TryParse(text, out var span))
        {
            throw Bad($"{flag} must be a duration such as 90s, 10m, 1h30m or 2d, not '{text}'.");
        }

        return span > TimeSpan.Zero ? span : throw Bad($"{flag} must be longer than zero, not '{text}'.");
    }

    /// <summary>An ISO 8601 time; without an offset it is read as UTC (CI logs and Dynatrace are in UTC).</summary>
    public static DateTimeOffset? Time(string? value, string flag)
    {
        var text = Optional(value);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw Bad($"{flag} must be an ISO 8601 time such as 2025-03-14T09:40:00Z, not '{text}'.");
    }

    /// <summary><c>--property key=value</c>: split at the first '='; the value may be empty, the key may not.</summary>
    public static KeyValuePair<string, string> Property(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new KeyValuePair<string, string>(text[..equals].Trim(), text[(equals + 1)..])
            : throw Bad($"--property must be key=value, not '{text}'.");
    }
}
