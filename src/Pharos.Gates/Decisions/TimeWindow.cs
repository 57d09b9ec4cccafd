namespace Pharos.Gates.Decisions;

public sealed record TimeWindow(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;
}
