namespace Pharos.Benchmarks.Local;

/// <summary>
/// The system clock moved by an adjustable offset: lets the query benchmark ingest a week of history
/// through the real endpoint, whose timestamps must lie within an hour of the server's "now".
/// Timers keep running in real time.
/// </summary>
internal sealed class OffsetClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void SetNow(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);
}
