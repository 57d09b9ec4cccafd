using System.CommandLine;
using Pharos.Dynatrace.Connection;
using Pharos.Gates.Deployments;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// <c>--url</c> and <c>--token</c>, falling back to <c>DT_ENV_URL</c> and <c>DT_API_TOKEN</c> read
/// through an <see cref="IEnvironmentReader"/> (tests pin the variables instead of touching the process).
/// </summary>
internal sealed class GateConnectionOptions
{
    public Option<string?> Url { get; } = new("--url")
    {
        Description = $"The Dynatrace environment, e.g. https://abc123.live.dynatrace.com or http://127.0.0.1:5080 for pharos local (default: ${DynatraceConnection.EnvironmentUrlVariable}).",
    };

    // No DefaultValueFactory: help would print the token.
    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"API token (default: ${DynatraceConnection.TokenVariable}, which keeps it out of the process list and shell history).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(Token);
    }

    public GateConnectionArguments Read(ParseResult parse, IEnvironmentReader environment) => new(
        parse.GetValue(Url) ?? environment.Get(DynatraceConnection.EnvironmentUrlVariable),
        parse.GetValue(Token) ?? environment.Get(DynatraceConnection.TokenVariable));
}

/// <summary>The URL and token as given; <see cref="ToString"/> never shows the token.</summary>
public sealed record GateConnectionArguments(string? Url, string? Token)
{
    public override string ToString() => $"{Url ?? "(no URL)"} (token {(Token is null ? "not set" : "***")})";
}
