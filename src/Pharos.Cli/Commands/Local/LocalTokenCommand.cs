using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Local.Auth;

namespace Pharos.Cli.Commands.Local;

/// <summary>
/// <c>pharos local token create | list | revoke</c> on a data folder, with or without a running
/// environment. <c>create</c> is the one command that prints a token: once, on stdout, so it can be
/// captured (<c>DT_API_TOKEN=$(pharos local token create …)</c>).
/// </summary>
public sealed class LocalTokenCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var token = new Command("token", "Create, list and revoke API tokens of the local environment.");

        var createData = LocalOptions.Data();
        var scopes = new Option<string>("--scopes", "-s") { Description = "Comma-separated scopes, e.g. metrics.ingest,settings.read,settings.write.", Required = true };
        var name = new Option<string>("--name", "-n") { Description = "A name to recognise the token by.", DefaultValueFactory = _ => "pharos-cli" };
        var createOutput = CommonOptions.Output();
        var create = new Command("create", "Create a token and print it once.") { createData, scopes, name, createOutput };
        create.SetAction((parse, ct) => new LocalTokenCommand(io).CreateAsync(
            parse.GetValue(createData)!.FullName, parse.GetValue(scopes)!, parse.GetValue(name)!, parse.GetValue(createOutput), ct));

        var listData = LocalOptions.Data();
        var listOutput = CommonOptions.Output();
        var list = new Command("list", "List tokens (never their secrets).") { listData, listOutput };
        list.SetAction((parse, ct) => new LocalTokenCommand(io).ListAsync(parse.GetValue(listData)!.FullName, parse.GetValue(listOutput), ct));

        var revokeData = LocalOptions.Data();
        var id = new Argument<string>("id") { Description = "The token id (dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX), as 'token list' shows it." };
        var revoke = new Command("revoke", "Revoke a token; a running environment refuses it from its next request on.") { revokeData };
        revoke.Arguments.Add(id);
        revoke.SetAction((parse, ct) => new LocalTokenCommand(io).RevokeAsync(parse.GetValue(revokeData)!.FullName, parse.GetValue(id)!, ct));

        token.Subcommands.Add(create);
        token.Subcommands.Add(list);
        token.Subcommands.Add(revoke);
        return token;
    }

    public async Task<int> CreateAsync(string data, string scopes, string name, OutputFormat output, CancellationToken cancellationToken)
    {
        var tokens = await LocalTokens.OpenAsync(data, cancellationToken: cancellationToken);
        var list = scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await tokens.CreateAsync(name, list, cancellationToken);
        if (!result.Succeeded)
        {
            throw new CliException(string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.Message)));
        }

        if (output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("id", result.Info!.Id);
                w.WriteString("name", result.Info.Name);
                w.WriteString("token", result.Token);
                w.WriteStartArray("scopes");
                foreach (var s in result.Info.Scopes)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            io.Output.WriteLine(result.Token);
            io.Error.WriteLine($"Created token {result.Info!.Id} '{name}' with scopes {string.Join(", ", result.Info.Scopes)}. It is shown only now.");
        }

        return ExitCodes.Success;
    }

    public async Task<int> ListAsync(string data, OutputFormat output, CancellationToken cancellationToken)
    {
        var tokens = await LocalTokens.OpenAsync(data, cancellationToken: cancellationToken);
        var all = await tokens.ListAsync(cancellationToken);
        if (output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartArray();
                foreach (var t in all)
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.Id);
                    w.WriteString("name", t.Name);
                    w.WriteString("created", t.Created);
                    if (t.Revoked is { } revoked)
                    {
                        w.WriteString("revoked", revoked);
                    }

                    w.WriteStartArray("scopes");
                    foreach (var s in t.Scopes)
                    {
                        w.WriteStringValue(s);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        foreach (var t in all)
        {
            var state = t.Revoked is null ? "active " : "revoked";
            io.Output.WriteLine($"{t.Id}  {state}  {t.Created:yyyy-MM-dd HH:mm}  {t.Name}  [{string.Join(", ", t.Scopes)}]");
        }

        return ExitCodes.Success;
    }

    public async Task<int> RevokeAsync(string data, string id, CancellationToken cancellationToken)
    {
        var tokens = await LocalTokens.OpenAsync(data, cancellationToken: cancellationToken);
        var status = await tokens.RevokeAsync(id, cancellationToken);
        if (status != Pharos.Local.Storage.StoreStatus.Ok)
        {
            throw new CliException($"no token with id '{id}' in {data}. 'pharos local token list --data {data}' shows the ids.");
        }

        io.Output.WriteLine($"Revoked {id}.");
        return ExitCodes.Success;
    }
}
