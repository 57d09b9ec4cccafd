using System.Net;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricsDurabilityTests
{
    private const string MetadataBody = """[{"schemaId":"builtin:metric.metadata","scope":"metric-durable.metric","value":{"displayName":"Durable","unit":"Unspecified"}}]""";

    [Fact]
    public async Task AcknowledgedIngest_FilesCopiedWhileRunning_RestartSeesEveryPoint()
    {
        // Copying the data directory while the server runs captures what a kill -9 right after the last
        // acknowledgement would leave: no shutdown snapshot, only what was flushed before each 202.
        var crashCopy = TestEnvironment.NewDataDirectory();
        try
        {
            await using (var env = await TestEnvironment.StartAsync())
            {
                for (var i = 0; i < 20; i++)
                {
                    await env.Client.IngestOkAsync($"durable.metric,host=h{i % 4} {i} {MinutesMs(-30 + i)}");
                }

                CopyWithoutLocks(env.DataDirectory, crashCopy);
                Assert.Empty(Directory.GetFiles(Path.Combine(crashCopy, "metrics"), "snapshot-*"));
            }

            await using var reopened = await TestEnvironment.StartAsync(crashCopy);

            using var response = await reopened.Client.GetAsync(
                $"metrics/query?metricSelector={Uri.EscapeDataString("durable.metric:splitBy():count")}&resolution=Inf&from={Minutes(-60)}&to={Minutes(0)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(20, (await response.JsonAsync()).GetProperty("result")[0].GetProperty("data")[0].GetProperty("values")[0].GetDouble());
        }
        finally
        {
            TestEnvironment.TryDelete(crashCopy);
        }
    }

    [Fact]
    public async Task GracefulStop_WritesSnapshot_RestartSeesDataAndMetadata()
    {
        var directory = TestEnvironment.NewDataDirectory();
        try
        {
            await using (var env = await TestEnvironment.StartAsync(directory, realSchemas: true))
            {
                await env.Client.IngestOkAsync($"durable.metric 5 {MinutesMs(-1)}");
                using var created = await env.Client.PostJsonAsync("settings/objects", MetadataBody);
                Assert.Equal(HttpStatusCode.OK, created.StatusCode);
                await env.Environment.StopAsync();
                Assert.NotEmpty(Directory.GetFiles(Path.Combine(directory, "metrics"), "snapshot-*.snap"));
            }

            await using var restarted = await TestEnvironment.StartAsync(directory, realSchemas: true);

            using var query = await restarted.Client.GetAsync($"metrics/query?metricSelector=durable.metric&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");
            Assert.Equal(5, (await query.JsonAsync()).GetProperty("result")[0].GetProperty("data")[0].GetProperty("values")[0].GetDouble());
            using var descriptor = await restarted.Client.GetAsync("metrics/durable.metric");
            Assert.Equal("Durable", (await descriptor.JsonAsync()).GetProperty("displayName").GetString());
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }

    [Fact]
    public async Task SettingsCommittedButStoreWriteLost_RestartAppliesTheSettings()
    {
        // A crash between the settings commit and the metric store's own write: the database has the
        // object, the metric store does not. Start must reconcile the two.
        var combined = TestEnvironment.NewDataDirectory();
        var metricsBefore = TestEnvironment.NewDataDirectory();
        try
        {
            await using (var env = await TestEnvironment.StartAsync(realSchemas: true))
            {
                await env.Client.IngestOkAsync($"durable.metric 5 {MinutesMs(-1)}");
                CopyWithoutLocks(env.DataDirectory, metricsBefore);
                using var created = await env.Client.PostJsonAsync("settings/objects", MetadataBody);
                Assert.Equal(HttpStatusCode.OK, created.StatusCode);
                CopyWithoutLocks(env.DataDirectory, combined);
            }

            Directory.Delete(Path.Combine(combined, "metrics"), recursive: true);
            CopyWithoutLocks(Path.Combine(metricsBefore, "metrics"), Path.Combine(combined, "metrics"));

            await using var restarted = await TestEnvironment.StartAsync(combined, realSchemas: true);

            using var descriptor = await restarted.Client.GetAsync("metrics/durable.metric");
            Assert.Equal("Durable", (await descriptor.JsonAsync()).GetProperty("displayName").GetString());
        }
        finally
        {
            TestEnvironment.TryDelete(combined);
            TestEnvironment.TryDelete(metricsBefore);
        }
    }

    [Fact]
    public async Task SecondEnvironmentOnTheSameDirectory_FailsToStartNamingTheMetricStore()
    {
        await using var env = await TestEnvironment.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestEnvironment.StartAsync(env.DataDirectory));

        Assert.Contains("Cannot open the metric store in", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Locked)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricRetention_NotPositive_FailsToStart()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestEnvironment.StartAsync(configure: o => o with { MetricRetention = TimeSpan.Zero }));

        Assert.Contains("Expected a positive metric retention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricRetention_OlderPointsAreDropped()
    {
        await using var env = await TestEnvironment.StartAsync(configure: o => o with { MetricRetention = TimeSpan.FromMinutes(30) });

        using var response = await env.Client.IngestAsync($"retained.metric 1 {MinutesMs(-45)}\nretained.metric 2 {MinutesMs(-5)}");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        using var query = await env.Client.GetAsync($"metrics/query?metricSelector=retained.metric:count&resolution=Inf&from={Minutes(-60)}&to={Minutes(0)}");
        Assert.Equal(1, (await query.JsonAsync()).GetProperty("result")[0].GetProperty("data")[0].GetProperty("values")[0].GetDouble());
    }

    // Everything but the metric store's LOCK file (held exclusively while the store is open) and SQLite's
    // shared-memory index (rebuilt on open).
    private static void CopyWithoutLocks(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            var name = Path.GetFileName(file);
            if (name != "LOCK" && !name.EndsWith("-shm", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(target, name));
            }
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyWithoutLocks(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
