using Pharos.Sync.Controller;

namespace Pharos.Sync.Tests.Controller;

/// <summary>What is written onto a ConfigMap: annotations only, RFC 3339 times, bounded one-line errors.</summary>
public sealed class StatusAnnotationsTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 30, 23, 59, 58, TimeSpan.FromHours(2));

    [Fact]
    public void For_Success_SetsStatusAndTimeAndRemovesTheError()
    {
        var patch = StatusAnnotations.For(DocumentStatus.Success(At));

        Assert.Equal(["pharos.io/error", "pharos.io/sync-status", "pharos.io/synced-at"], patch.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("synced", patch["pharos.io/sync-status"]);
        Assert.Equal("2025-06-30T21:59:58Z", patch["pharos.io/synced-at"]);
        Assert.Null(patch["pharos.io/error"]);
    }

    [Fact]
    public void For_Failure_KeepsTheLastSyncedTimeAndPutsTheErrorOnOneLine()
    {
        var patch = StatusAnnotations.For(DocumentStatus.Failure(At, "first line\nsecond line"));

        Assert.False(patch.ContainsKey("pharos.io/synced-at"));
        Assert.Equal("failed", patch["pharos.io/sync-status"]);
        Assert.Equal("first line second line", patch["pharos.io/error"]);
    }

    [Fact]
    public void For_LongError_IsTruncatedToTheLimitWithAMarker()
    {
        var error = StatusAnnotations.For(DocumentStatus.Failure(At, new string('x', 5000)))["pharos.io/error"]!;

        Assert.Equal(StatusAnnotations.MaxErrorLength, error.Length);
        Assert.EndsWith(" … (truncated)", error, StringComparison.Ordinal);
    }
}
