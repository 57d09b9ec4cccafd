using System.Text;
using Pharos.Metrics.Selectors;

namespace Pharos.Metrics.Tests.Selectors;

/// <summary>Seeded fuzzing: any text parses without throwing, and valid text prints to a fixed point.</summary>
public sealed class SelectorFuzzTests
{
    private static readonly string[] Fragments =
    [
        "builtin:host.cpu.usage", "a.b", "\"q~\"x\"", ":avg", ":splitBy(\"h\")", ":filter(eq(\"a\",\"b\"))", ":sort(value(avg,descending))",
        ":rollup(avg,5m)", ":timeshift(-1d)", ":percentile(90)", ":limit(3)", ":fold", "(", ")", ",", "+", "-", "*", "/", " ", "100",
        "~", "\"", ":", ".", "*", "and(", "or(", "not(", "series(avg,gt(1))", "5m", "-", "ä", "\n",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_RandomFragmentSoup_NeverThrowsAndValidTextIsStable(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 12);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var text = builder.ToString();
            var result = MetricSelectorParser.Parse(text);

            Assert.All(result.Diagnostics, d => Assert.StartsWith("PH40", d.Code));
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Location!.Column, 1, text.Length + 1));
            var printed = result.ToCanonicalString();
            if (!result.HasErrors)
            {
                var again = MetricSelectorParser.Parse(printed);
                Assert.False(again.HasErrors, $"'{text}' printed as '{printed}' which does not parse: {string.Join("; ", again.Diagnostics)}");
                Assert.Equal(printed, again.ToCanonicalString());
            }
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Parse_RandomCharacters_NeverThrow(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "abz09_-.:,()\"~*+/ \t{}[]#=";
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            _ = MetricSelectorParser.Parse(new string(chars)).ToCanonicalString();
        }
    }

    [Fact]
    public void Parse_VeryDeepNegation_DoesNotOverflowTheStack()
    {
        var result = MetricSelectorParser.Parse(new string('-', 100_000) + "a");

        Assert.Equal("PH4020", Assert.Single(result.Diagnostics).Code);
    }
}
