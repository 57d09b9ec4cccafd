using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Storage;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Storage;

public sealed class DurabilityTests
{
    [Fact]
    public async Task AcknowledgedWrites_FilesCopiedWhileRunning_ReopenWithAllData()
    {
        // Copying the database files while the server still runs captures exactly what a kill -9 would
        // leave on disk: only what was synced before each acknowledgement.
        var crashCopy = TestEnvironment.NewDataDirectory();
        try
        {
            var ids = new List<string>();
            await using (var env = await TestEnvironment.StartAsync())
            {
                for (var i = 0; i < 20; i++)
                {
                    ids.Add(await CreateAsync(env.Client, Large, $"object-{i}"));
                }

                using (await env.Client.DeleteAsync($"settings/objects/{ids[0]}"))
                {
                }

                Directory.CreateDirectory(crashCopy);
                foreach (var file in Directory.GetFiles(env.DataDirectory).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
                {
                    File.Copy(file, Path.Combine(crashCopy, Path.GetFileName(file)));
                }
            }

            await using var reopened = await TestEnvironment.StartAsync(crashCopy);

            using var list = await reopened.Client.GetAsync($"settings/objects?schemaIds={Large}&pageSize=500");
            var items = (await list.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("objectId").GetString()).ToList();
            Assert.Equal(ids.Skip(1), items);
        }
        finally
        {
            TestEnvironment.TryDelete(crashCopy);
        }
    }

    [Fact]
    public async Task DisposeWithoutStop_Reopen_DataIntact()
    {
        var directory = TestEnvironment.NewDataDirectory();
        try
        {
            string objectId;
            var env = await TestEnvironment.StartAsync(directory);
            objectId = await CreateAsync(env.Client, Multi, "survivor");
            await env.Environment.DisposeAsync();

            await using var reopened = await TestEnvironment.StartAsync(directory);

            var body = await GetAsync(reopened.Client, objectId);
            Assert.Equal("survivor", body.GetProperty("value").GetProperty("name").GetString());
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }

    [Fact]
    public async Task Connections_AreWalWithFullSync()
    {
        await using var env = await TestEnvironment.StartAsync();
        var database = env.Environment.Services.GetRequiredService<LocalDatabase>();

        await using var connection = await database.OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous;"));
        Assert.Equal(LocalDatabaseMigrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Start_DatabaseFromNewerPharos_FailsWithUpgradeAdvice()
    {
        var directory = TestEnvironment.NewDataDirectory();
        try
        {
            await using (var env = await TestEnvironment.StartAsync(directory))
            {
                await using var connection = await env.Environment.Services.GetRequiredService<LocalDatabase>().OpenAsync(CancellationToken.None);
                await ScalarAsync(connection, "PRAGMA user_version = 999;");
            }

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestEnvironment.StartAsync(directory));

            Assert.Contains("storage version 999", error.Message, StringComparison.Ordinal);
            Assert.Contains("Upgrade Pharos or use another data directory.", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            TestEnvironment.TryDelete(directory);
        }
    }

    [Fact]
    public async Task ConcurrentWrites_AllAcknowledgedWritesAreStored()
    {
        await using var env = await TestEnvironment.StartAsync();

        var tasks = Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await env.Client.PostJsonAsync("settings/objects", Array(Item(Large, $"c{i}")));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(tasks);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        using var list = await env.Client.GetAsync($"settings/objects?schemaIds={Large}");
        Assert.Equal(40, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    private static async Task<string?> ScalarAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
