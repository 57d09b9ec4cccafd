using System.Diagnostics;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

/// <summary>
/// A one-line progress bar on stderr, redrawn in place, for people at a terminal. Reports arrive
/// from several threads; redraws are throttled so a fast apply does not spend its time drawing.
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<ApplyProgress>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastDraw;
    private bool _drawn;

    public void Report(ApplyProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (value.Completed < value.Total && _lastDraw is { } last && now - last < RedrawInterval)
            {
                return;
            }

            _lastDraw = now;
            _drawn = true;
            var filled = value.Total == 0 ? Width : (int)((long)Width * value.Completed / value.Total);
            error.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value.Completed}/{value.Total} writes");
            error.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                error.WriteLine();
            }
        }
    }
}
