using System.CommandLine;
using System.Globalization;
using Pharos.Cli.Infrastructure;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;
using Pharos.Local.Evaluation;

namespace Pharos.Cli.Commands.Local;

/// <summary>
/// <c>pharos local notifications</c>: the delivery log of a data folder: every attempt to send a problem
/// notification and its outcome, plus notifications suppressed by maintenance or skipped. Reads the SQLite file
/// directly, so it works whether or not the environment runs. Targets are redacted (scheme and host only).
/// </summary>
public sealed class LocalNotificationsCommand(IOContext io, TimeProvider time)
{
    public static Command Create(IOContext io)
    {
        var data = LocalOptions.Data();
        var problem = new Option<string?>("--problem", "-p") { Description = "Only this problem: its id or display id (e.g. P-24051)." };
        var since = new Option<string?>("--since") { Description = "Only attempts in this recent span: a number and a unit s, m, h, d or w, e.g. 30m or 1h." };
        var output = CommonOptions.Output();
        var command = new Command("notifications", "Show each notification delivery attempt and its outcome.") { data, problem, since, output };
        command.SetAction((parse, ct) => new LocalNotificationsCommand(io, TimeProvider.System).RunAsync(
            parse.GetValue(data)!.FullName, parse.GetValue(problem), parse.GetValue(since), parse.GetValue(output), ct));
        return command;
    }

    public async Task<int> RunAsync(string data, string? problem, string? since, OutputFormat output, CancellationToken cancellationToken)
    {
        DateTimeOffset? from = since is null ? null : time.GetUtcNow() - ParseSpan(since);
        var result = await DeliveryLogReader.ReadAsync(data, problem, from, cancellationToken);
        if (!result.IsOk)
        {
            throw new CliException(result.Error!);
        }

        if (output == OutputFormat.Json)
        {
            WriteJson(result.Entries);
            return ExitCodes.Success;
        }

        if (result.Entries.Count == 0)
        {
            io.Error.WriteLine(problem is null ? "No notification was attempted yet." : $"No notification was attempted for problem '{problem}'.");
            return ExitCodes.Success;
        }

        foreach (var e in result.Entries)
        {
            io.Output.WriteLine(Line(e));
        }

        return ExitCodes.Success;
    }

    /// <summary><c>30s</c>, <c>15m</c>, <c>1h</c>, <c>2d</c>, <c>1w</c>.</summary>
    internal static TimeSpan ParseSpan(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2
            && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && amount > 0)
        {
            switch (trimmed[^1])
            {
                case 's': return TimeSpan.FromSeconds(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'd': return TimeSpan.FromDays(amount);
                case 'w': return TimeSpan.FromDays(7.0 * amount);
            }
        }

        throw new CliException($"--since expects a positive number and a unit s, m, h, d or w, e.g. 30m or 1h. Actual value: '{text}'.");
    }

    private static string Line(DeliveryLogEntry e)
    {
        var status = e.StatusCode is { } code ? $"HTTP {code.ToString(CultureInfo.InvariantCulture)}" : null;
        var next = e.NextAttemptAt is { } at ? $"next attempt {Time(at)}" : null;
        var detail = e.Detail == status ? null : e.Detail; // a failed HTTP attempt's detail is its status again
        var details = string.Join("; ", new[] { status, detail, next }.Where(p => !string.IsNullOrEmpty(p)));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Time(e.At)}  {e.DisplayId,-9} {WireNames.Of(e.State),-8} {WireNames.Of(e.Channel),-7} '{e.NotificationName}' → {e.Target}  attempt {e.Attempt}  {e.Outcome.ToString().ToUpperInvariant()}{(details.Length > 0 ? "  (" + details + ")" : "")}");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void WriteJson(IReadOnlyList<DeliveryLogEntry> entries) => JsonOutput.Write(io.Output, w =>
    {
        w.WriteStartArray();
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("at", e.At);
            w.WriteString("problemId", e.ProblemId);
            w.WriteString("displayId", e.DisplayId);
            w.WriteString("state", WireNames.Of(e.State));
            w.WriteString("notificationId", e.NotificationId);
            w.WriteString("notification", e.NotificationName);
            w.WriteString("channel", WireNames.Of(e.Channel));
            w.WriteString("target", e.Target);
            w.WriteString("deliveryId", e.DeliveryId);
            w.WriteNumber("attempt", e.Attempt);
            w.WriteString("outcome", e.Outcome.ToString().ToUpperInvariant());
            if (e.StatusCode is { } code)
            {
                w.WriteNumber("statusCode", code);
            }

            if (e.Detail is { } detail)
            {
                w.WriteString("detail", detail);
            }

            if (e.NextAttemptAt is { } next)
            {
                w.WriteString("nextAttemptAt", next);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
