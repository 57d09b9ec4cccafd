using System.Net;
using System.Text;

namespace Pharos.Sync.Controller;

/// <summary>
/// A minimal HTTP endpoint for the pod's probes: <c>/healthz</c> (liveness: the controller loop
/// runs) and <c>/readyz</c> (readiness: the source has been read and the last reconcile did not
/// fail outright). 200 or 503 with a one-line description; nothing else is served. Built on
/// HttpListener so the sync library needs no web framework.
/// </summary>
public sealed class HealthEndpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ControllerHealth _health;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private HealthEndpoint(string prefix, ControllerHealth health)
    {
        _health = health;
        _listener.Prefixes.Add(prefix);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Starts serving at <paramref name="prefix"/>, e.g. <c>http://+:8080/</c> in a pod or <c>http://127.0.0.1:8080/</c> locally.</summary>
    public static HealthEndpoint Start(string prefix, ControllerHealth health) => new(prefix, health);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping the listener ends the pending GetContextAsync with one of these.
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url?.AbsolutePath ?? "";
            var (ok, found) = path switch
            {
                "/healthz" or "/livez" => (_health.IsLive, true),
                "/readyz" => (_health.IsReady, true),
                _ => (false, false),
            };
            var body = Encoding.UTF8.GetBytes(found ? (ok ? "ok: " : "not ok: ") + _health.Describe() + "\n" : "not found\n");
            context.Response.StatusCode = !found ? 404 : ok ? 200 : 503;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The prober went away; nothing to do.
            }
        }
    }
}
