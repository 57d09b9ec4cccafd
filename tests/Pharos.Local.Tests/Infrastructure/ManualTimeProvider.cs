namespace Pharos.Local.Tests.Infrastructure;

/// <summary>A clock tests move by hand; timers still use real time (only GetUtcNow is virtual here).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start)
    {
        _now = start;
    }

    public static DateTimeOffset DefaultStart { get; } = new(2024, 5, 14, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
