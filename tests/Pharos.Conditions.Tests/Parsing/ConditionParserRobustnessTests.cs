using System.Text;
using Pharos.Conditions.Syntax;
using Pharos.Conditions.Tests.TestSupport;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Tests.Parsing;

public class ConditionParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "ErrorRate", "ResponseTime", "JobStatus", "ConsumerLag", "payment_success_rate", "chargeback_count",
        "revenue_total", "Anomaly", "SlowDatabaseQueries", "CrashDetection", "previous_day", "previous_week",
        "errorRate", "Error_Rate", "and", "OR", "(", ")", ",", "<", "<=", ">", ">=", "==", "!=", "=", "!",
        "+", "-", "*", "/", "0", "0.5", "95.0", "1e3", "1e", "1e+", "1.", ".5", "1.2.3", "1e999", "200ms", "5s",
        "1d", "5xs", "0ms", "'FAILED'", "\"RUNNING\"", "'", "\"", " ", " ", " ", "\t", "\n", "#", "%", "&&", "||",
        "é", "\u0000", "\uD800", "\uFFFF", "_", "9999999999999999999999999999",
    ];

    private static readonly string[] ValidConditions =
    [
        "payment_success_rate < 95.0", "chargeback_count / payment_transactions_total > 0.01",
        "revenue_total < previous_day * 0.9", "ErrorRate > 0.0005", "ConsumerLag > 1000", "fraud_check_latency > 500",
        "JobStatus == 'FAILED'", "JobStatus != \"RUNNING\"", "Anomaly(ErrorRate)", "Anomaly(ResponseTime)",
        "SlowDatabaseQueries(200ms)", "CrashDetection", "-(ResponseTime - 5) <= -(2 * 3)",
    ];

    [Fact]
    public void Parse_ThousandsOfRandomFragmentStrings_NeverThrowsAndTreesAreWellFormed()
    {
        var random = new Random(20_240_611);
        for (var i = 0; i < 5_000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 16);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ');
                }
            }

            AssertParsesAndCompilesSafely(builder.ToString());
        }
    }

    [Fact]
    public void Parse_ThousandsOfRandomCharacterStrings_NeverThrowsAndTreesAreWellFormed()
    {
        var random = new Random(7);
        const string Interesting = "aZ_09.eE+-*/()<>=!,'\" \t\n#%&|msdh";
        for (var i = 0; i < 5_000; i++)
        {
            var length = random.Next(0, 40);
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Interesting[random.Next(Interesting.Length)];
            }

            AssertParsesAndCompilesSafely(new string(chars));
        }
    }

    [Fact]
    public void Parse_EveryPrefixAndSuffixOfValidConditions_NeverThrowsAndTreesAreWellFormed()
    {
        foreach (var condition in ValidConditions)
        {
            for (var length = 0; length <= condition.Length; length++)
            {
                AssertParsesAndCompilesSafely(condition[..length]);
                AssertParsesAndCompilesSafely(condition[length..]);
            }
        }
    }

    [Fact]
    public void Parse_RandomWellFormedExpressions_HaveNoSyntaxDiagnostics()
    {
        var random = new Random(42);
        for (var i = 0; i < 2_000; i++)
        {
            var text = $"{RandomExpression(random, 4)} {RandomComparison(random)} {RandomExpression(random, 3)}";

            var tree = ConditionSyntaxTree.Parse(text);

            Assert.True(tree.Diagnostics.Count == 0, $"'{text}': {string.Join("; ", tree.Diagnostics)}");
            AssertWellFormed(tree);
        }
    }

    [Fact]
    public void Parse_NullText_IsTreatedAsEmpty()
    {
        var tree = ConditionSyntaxTree.Parse(null!);

        Assert.Equal("PH2001", Assert.Single(tree.Diagnostics).Code);
    }

    private static string RandomExpression(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0)
        {
            return random.Next(4) switch
            {
                0 => "ErrorRate",
                1 => "payment_success_rate",
                2 => "12.5",
                _ => "previous_day",
            };
        }

        return random.Next(4) switch
        {
            0 => $"({RandomExpression(random, depth - 1)})",
            1 => $"-{RandomExpression(random, depth - 1)}",
            2 => $"Anomaly({RandomExpression(random, depth - 1)})",
            _ => $"{RandomExpression(random, depth - 1)} {"+-*/"[random.Next(4)]} {RandomExpression(random, depth - 1)}",
        };
    }

    private static string RandomComparison(Random random) => new[] { "<", "<=", ">", ">=", "==", "!=" }[random.Next(6)];

    private static void AssertParsesAndCompilesSafely(string text)
    {
        var tree = ConditionSyntaxTree.Parse(text, TestSymbols.Origin);
        AssertWellFormed(tree);

        var bag = new DiagnosticBag();
        var compiled = ConditionCompiler.Compile(text, TestSymbols.Origin, TestSymbols.PaymentProcessor, bag);
        Assert.True((compiled is null) == bag.HasErrors, $"'{Escape(text)}': compiled={compiled is not null}, diagnostics: {string.Join("; ", bag.ToSortedList())}");
        Assert.All(bag.ToSortedList(), d => Assert.Matches("^PH20[0-9][0-9]$", d.Code));
    }

    /// <summary>Spans nest and never overlap, and every character is either whitespace or in exactly one token.</summary>
    private static void AssertWellFormed(ConditionSyntaxTree tree)
    {
        var text = tree.Text;
        Assert.NotNull(tree.Root);
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            Assert.InRange(node.Span.Start, 0, text.Length);
            Assert.InRange(node.Span.End, node.Span.Start, text.Length);
            var previousEnd = node.Span.Start;
            foreach (var child in node.ChildNodes())
            {
                Assert.True(child.Span.Start >= previousEnd && child.Span.End <= node.Span.End, $"'{Escape(text)}': {child} not inside {node} after {previousEnd}");
                previousEnd = child.Span.End;
            }
        }

        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.True(token.Span.Start >= position, $"'{Escape(text)}': token {token.Kind} at {token.Span} overlaps the previous one ending at {position}");
            if (!token.IsMissing)
            {
                Assert.True(string.IsNullOrWhiteSpace(text[position..token.Span.Start]), $"'{Escape(text)}': characters {position}..{token.Span.Start} are in no token");
                Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            }

            position = token.Span.End;
        }

        Assert.Equal(SyntaxKind.EndOfTextToken, tree.Root.EndOfText.Kind);
        Assert.Equal(text.Length, tree.Root.EndOfText.Span.Start);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
