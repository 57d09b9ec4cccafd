using System.Text;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Tests.TestSupport;
using static Pharos.Metrics.Tests.TestSupport.Ingest;

namespace Pharos.Metrics.Tests.Ingest;

/// <summary>
/// Seeded fuzzing: mutated, truncated and random bodies must never throw, and whatever is accepted
/// must satisfy the protocol's invariants. A failing seed becomes a fixed regression case.
/// </summary>
public sealed class LineProtocolFuzzTests
{
    private static readonly string[] Seeds =
    [
        "cpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 gauge,min=17.1,max=17.3,sum=34.4,count=2",
        "new_user_count,region=EAST count,delta=50",
        "workHours,team=\"devops\\\\bugfixing\",project=\"\\\"product\\\"_improvement\" 1000",
        "mymetric,team=teamA,businessapp=hr 1000",
        "#cpu.temperature gauge dt.meta.unit=count,dt.meta.description=\"The temperature\",dt.meta.displayName=\"CPU\"",
        @"metric1,dim1=\\\=\""\ \=\= count,delta=100",
        "a.b,c=\"x y\",d=\\,e gauge,-1.5e3",
    ];

    private static readonly byte[] Interesting = "\"\\,= \t\r\n#.-_:0123456789eE+abcdgmnstuxyzAZ\u00e4"u8.ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Parse_MutatedBodies_NeverThrowAndKeepInvariants(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var body = Mutate(random, BuildBody(random));

            AssertInvariants(body);
        }
    }

    [Fact]
    public void Parse_EveryTruncationOfAValidBody_NeverThrows()
    {
        var body = Encoding.UTF8.GetBytes(string.Join("\r\n", Seeds) + $" {NowMs}");

        for (var length = 0; length <= body.Length; length++)
        {
            AssertInvariants(body[..length]);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Parse_RandomBytes_NeverThrow(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var body = new byte[random.Next(0, 400)];
            random.NextBytes(body);

            AssertInvariants(body);
        }
    }

    private static byte[] BuildBody(Random random)
    {
        var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Seeds[random.Next(Seeds.Length)]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Mutate(Random random, byte[] body)
    {
        var bytes = body.ToList();
        var mutations = random.Next(1, 6);
        for (var i = 0; i < mutations && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void AssertInvariants(byte[] body)
    {
        var parser = new LineProtocolParser(new MetricInterner(), new FixedTimeProvider(Now));
        var handler = new CollectingHandler();

        var result = parser.Parse(body, ref handler);
        var sequenceHandler = new CollectingHandler();
        var sequenceResult = parser.Parse(Segments.Split(body, 3), ref sequenceHandler);

        var lineCount = body.Count(b => b == '\n') + 1;
        Assert.True(result.LinesOk + result.LinesInvalid <= lineCount);
        Assert.Equal(result.LinesOk, handler.Points.Count + handler.Metadata.Count);
        Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, lineCount));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.Message)));
        Assert.All(handler.Points, p =>
        {
            Assert.InRange(p.MetricKey.Length, 3, 255);
            Assert.True(double.IsFinite(p.Min) && double.IsFinite(p.Max) && double.IsFinite(p.Sum));
            Assert.InRange(p.TimestampMs, NowMs - 3_600_000, NowMs + 600_000);
            Assert.InRange(p.Dimensions.Count, 0, 50);
        });
        Assert.Equal((result.LinesOk, result.LinesInvalid), (sequenceResult.LinesOk, sequenceResult.LinesInvalid));
        Assert.Equal(result.Errors, sequenceResult.Errors);
        _ = result.ToResponse();
    }
}
