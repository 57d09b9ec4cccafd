using System.Text;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

/// <summary>Seeded fuzzing of the engine: any selector and parameters give a result, never an exception.</summary>
public sealed class QueryFuzzTests
{
    private const string Lines = """
        svc.rt,dt.entity.service=SERVICE-1,region=eu 10 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us gauge,min=1,max=50,sum=60,count=3 {11:02:30}
        req.count,dt.entity.service=SERVICE-1 count,delta=4 {11:00:40}
        """;

    private static readonly string[] Keys = ["svc.rt", "req.count", "svc.rt", "nope.key", "svc.*", "42", "0", "-1.5"];

    private static readonly string[] Transformations =
    [
        ":avg", ":sum", ":min", ":max", ":count", ":median", ":percentile(95)", ":value", ":auto", ":fold", ":fold(max)", ":last",
        ":lastReal(avg)", ":splitBy()", ":splitBy(\"region\")", ":merge(\"region\")", ":filter(eq(\"region\",\"eu\"))",
        ":filter(series(avg,gt(5)))", ":filter(not(existsKey(\"x\")))", ":filter(in(\"dt.entity.service\",entitySelector(\"type(SERVICE)\")))",
        ":sort(value(avg,descending))", ":sort(dimension(\"region\",ascending,natural))", ":limit(1)", ":names", ":timeshift(-1h)",
        ":default(0)", ":default(1,always)", ":rate", ":rate(1s)", ":rollup(avg,5m)", ":rollup(percentile(50),60m)", ":delta",
        ":smooth(skipfirst)", ":toUnit(Second,MilliSecond)", ":setUnit(Byte)", ":asGauge", ":parents",
        ":partition(\"p\",value(\"hi\",gt(10)),value(\"lo\",otherwise))", ":avgg", ":", ":limit(0)",
    ];

    private static readonly string[] Operators = ["+", " - ", "*", "/", ","];

    private static readonly string?[] Resolutions = [null, "Inf", "1m", "7", "1h", "0:Inf,1:3", "30s", "1w", "5:Inf", "x"];

    private static readonly string?[] Times = [null, "now-2h", "now-3h/h", "1751968800000", "2025-07-08T11:00", "now", "bad", "now-20d"];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Query_RandomSelectorsAndParameters_NeverThrowAndAlwaysAnswer(int seed)
    {
        var entities = new FakeEntities(new Dictionary<string, string[]> { ["type(SERVICE)"] = ["SERVICE-1"] });
        await using var harness = await CreateAsync(entities, entities);
        await harness.IngestAsync(Lines);
        var random = new Random(seed);
        var answered = 0;
        for (var i = 0; i < 400; i++)
        {
            var selector = RandomSelector(random, depth: 0);
            var request = new MetricQueryRequest(selector)
            {
                From = Times[random.Next(Times.Length)],
                To = random.Next(4) == 0 ? Times[random.Next(Times.Length)] : null,
                Resolution = Resolutions[random.Next(Resolutions.Length)],
                EntitySelector = random.Next(10) == 0 ? "type(SERVICE)" : null,
            };

            var result = await harness.Engine.QueryAsync(request, CancellationToken.None);

            if (result.IsOk)
            {
                Assert.Empty(result.Diagnostics);
                Assert.All(result.Data!.Result.SelectMany(r => r.Data), s =>
                {
                    Assert.Equal(s.Timestamps.Count, s.Values.Count);
                    Assert.All(s.Values, v => Assert.True(v is null || double.IsFinite(v.Value)));
                });
                _ = MetricQueryJson.Serialize(result.Data);
                answered++;
            }
            else
            {
                Assert.NotEmpty(result.Diagnostics);
                Assert.All(result.Diagnostics, d => Assert.Matches("^PH4[01][0-9][0-9]$", d.Code));
            }
        }

        // The generator must reach evaluation, not only fail validation, for the test to mean anything.
        Assert.InRange(answered, 40, 400);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task Query_RandomCharacters_NeverThrow(int seed)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var random = new Random(seed);
        const string Alphabet = "svc.rtq:,()\"~*+-/ 0123456789avgsumfilterq";
        for (var i = 0; i < 1_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var result = await harness.Engine.QueryAsync(new MetricQueryRequest(text), CancellationToken.None);
            Assert.True(result.IsOk || result.Diagnostics.Count > 0);
        }
    }

    private static string RandomSelector(Random random, int depth)
    {
        var builder = new StringBuilder();
        if (depth < 2 && random.Next(4) == 0)
        {
            builder.Append('(').Append(RandomSelector(random, depth + 1)).Append(')');
        }
        else
        {
            builder.Append(Keys[random.Next(Keys.Length)]);
        }

        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Transformations[random.Next(Transformations.Length)]);
        }

        if (depth < 2 && random.Next(3) == 0)
        {
            builder.Append(Operators[random.Next(Operators.Length)]).Append(RandomSelector(random, depth + 1));
        }

        return builder.ToString();
    }
}
