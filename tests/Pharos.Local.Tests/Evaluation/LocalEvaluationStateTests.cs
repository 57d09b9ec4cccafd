using Microsoft.Data.Sqlite;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Evaluation;

public sealed class LocalEvaluationStateTests
{
    [Fact]
    public async Task UnreadableSavedState_IsLoggedAndEvaluationStartsAfreshWithUniqueDisplayIds()
    {
        var dataDirectory = TestEnvironment.NewDataDirectory();
        var time = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        try
        {
            await using (var before = await EvaluationScenario.StartAsync(dataDirectory, time))
            {
                await before.IngestEventAsync("ERROR_EVENT", "Checkout errors", "type(SERVICE),entityName.equals(checkout)");
            }

            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "pharos-local.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var corrupt = connection.CreateCommand();
                corrupt.CommandText = "UPDATE evaluation_state SET state_json = '{\"events\": 42}';";
                Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
            }

            await using var after = await EvaluationScenario.StartAsync(dataDirectory, time);
            await after.IngestEventAsync("ERROR_EVENT", "Ledger errors", "type(SERVICE),entityName.equals(ledger)");

            var ids = (await after.ProblemsAsync()).Select(p => p.GetProperty("displayId").GetString()).Order(StringComparer.Ordinal);
            Assert.Equal(["P-24051", "P-24052"], ids);
            Assert.Contains(after.Env.Logs.Entries, e => e.Message.Contains("could not be read (JsonException)", StringComparison.Ordinal));
        }
        finally
        {
            TestEnvironment.TryDelete(dataDirectory);
        }
    }
}
