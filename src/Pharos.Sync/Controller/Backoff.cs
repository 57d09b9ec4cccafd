namespace Pharos.Sync.Controller;

/// <summary>
/// Exponential backoff with jitter: min, 2·min, 4·min … up to max, each scaled by a random factor in
/// [0.5, 1] so many controllers (or watches) do not retry in lockstep against one API server.
/// </summary>
internal sealed class Backoff(TimeSpan min, TimeSpan max)
{
    private int _attempt;

    public int Attempt => _attempt;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_attempt++, 30);
        var ceiling = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    public void Reset() => _attempt = 0;
}
