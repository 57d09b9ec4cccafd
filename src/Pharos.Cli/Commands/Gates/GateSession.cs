using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Connection;
using Pharos.Gates.Decisions;
using Pharos.Sync.Gates;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// One checked connection to a Dynatrace environment and the gates' data source over it. A bad URL
/// or token is printed as PH70xx diagnostics and ends the verb with exit 4.
/// </summary>
internal sealed class GateSession : IDisposable
{
    // One attempt; the client retries refused connections, 429 and 502-504 within its 2-minute budget.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;

    private GateSession(DynatraceClient client, HttpClient http)
    {
        Client = client;
        _http = http;
        Source = new DynatraceGateDataSource(client);
        EnvironmentUrl = EnvironmentLinks.UiRoot(client.Connection);
    }

    public DynatraceClient Client { get; }

    public DynatraceGateDataSource Source { get; }

    /// <summary>Where problem links in reports point; never holds the token.</summary>
    public Uri EnvironmentUrl { get; }

    public GateContext Context(TimeProvider clock) => new(clock, EnvironmentUrl);

    public static GateSession Open(GateConnectionArguments connection, IOContext io)
    {
        var diagnostics = new DiagnosticBag();
        var checkedConnection = DynatraceConnection.TryCreate(
            connection.Url, connection.Token, diagnostics,
            urlSetting: $"--url (or ${DynatraceConnection.EnvironmentUrlVariable})",
            tokenSetting: $"--token (or ${DynatraceConnection.TokenVariable})");
        var found = diagnostics.ToSortedList();
        if (found.Count > 0)
        {
            DiagnosticPrinter.PrintText(io.Error, found, io.WorkingDirectory);
        }

        if (checkedConnection is null)
        {
            throw GateInput.Bad("cannot connect to Dynatrace: fix the URL or token above.");
        }

        var http = new HttpClient(DynatraceClient.CreateHandler()) { Timeout = AttemptTimeout };
        return new GateSession(new DynatraceClient(http, checkedConnection), http);
    }

    public void Dispose() => _http.Dispose();
}
