using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Parsing;
using Pharos.Conditions.Syntax;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Tests.Parsing;

public class ConditionLexerTests
{
    [Fact]
    public void Lex_Operators_AreRecognised()
    {
        var (tokens, diagnostics) = Lex("<= < >= > == != + - * / ( ) ,");

        Assert.Equal(
            [
                SyntaxKind.LessThanEqualsToken, SyntaxKind.LessThanToken, SyntaxKind.GreaterThanEqualsToken, SyntaxKind.GreaterThanToken,
                SyntaxKind.EqualsEqualsToken, SyntaxKind.BangEqualsToken, SyntaxKind.PlusToken, SyntaxKind.MinusToken,
                SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken,
                SyntaxKind.CommaToken, SyntaxKind.EndOfTextToken,
            ],
            tokens.Select(t => t.Kind));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("a<=b", SyntaxKind.LessThanEqualsToken)]
    [InlineData("a>=b", SyntaxKind.GreaterThanEqualsToken)]
    [InlineData("a==b", SyntaxKind.EqualsEqualsToken)]
    [InlineData("a!=b", SyntaxKind.BangEqualsToken)]
    [InlineData("a<-b", SyntaxKind.LessThanToken)]
    public void Lex_OperatorWithoutSpaces_PrefersTheLongestToken(string text, SyntaxKind kind)
    {
        var (tokens, diagnostics) = Lex(text);

        Assert.Equal(SyntaxKind.IdentifierToken, tokens[0].Kind);
        Assert.Equal(kind, tokens[1].Kind);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Lex_Condition_GivesEveryTokenItsSpan()
    {
        var (tokens, _) = Lex("ErrorRate >= 0.5");

        Assert.Equal([new TextSpan(0, 9), new TextSpan(10, 2), new TextSpan(13, 3), new TextSpan(16, 0)], tokens.Select(t => t.Span));
    }

    [Theory]
    [InlineData("previous_day", SyntaxKind.PreviousDayKeyword)]
    [InlineData("previous_week", SyntaxKind.PreviousWeekKeyword)]
    [InlineData("previous_days", SyntaxKind.IdentifierToken)]
    [InlineData("Previous_day", SyntaxKind.IdentifierToken)]
    [InlineData("_private", SyntaxKind.IdentifierToken)]
    [InlineData("200ms", SyntaxKind.DurationLiteralToken)]
    [InlineData("1e5", SyntaxKind.NumberLiteralToken)]
    [InlineData("'x'", SyntaxKind.StringLiteralToken)]
    public void Lex_Word_HasExpectedKind(string text, SyntaxKind kind)
    {
        var (tokens, diagnostics) = Lex(text);

        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(2, tokens.Count);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("1.", "PH2004")]
    [InlineData("1e", "PH2004")]
    [InlineData("1e+", "PH2004")]
    [InlineData(".5", "PH2004")]
    [InlineData("1..2", "PH2004")]
    [InlineData("1e400", "PH2004")]
    [InlineData("5M", "PH2005")]
    [InlineData("5sec", "PH2005")]
    [InlineData("'open", "PH2003")]
    [InlineData("@", "PH2002")]
    public void Lex_MalformedLiteral_IsOneTokenMarkedWithErrors(string text, string code)
    {
        var (tokens, diagnostics) = Lex(text);

        Assert.Equal(2, tokens.Count);
        Assert.True(tokens[0].HasErrors);
        Assert.Equal(new TextSpan(0, text.Length), tokens[0].Span);
        Assert.Equal(code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Lex_UnknownCharactersNextToValidOnes_StopAtTheValidOnes()
    {
        var (tokens, diagnostics) = Lex("a@#b");

        Assert.Equal(["a", "@#", "b", ""], tokens.Select(t => t.Text));
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Lex_LoneEqualsAndBang_AreBadTokens()
    {
        var (tokens, diagnostics) = Lex("= !");

        Assert.Equal([SyntaxKind.BadToken, SyntaxKind.BadToken, SyntaxKind.EndOfTextToken], tokens.Select(t => t.Kind));
        Assert.Equal(2, diagnostics.Count);
    }

    private static (List<SyntaxToken> Tokens, List<Diagnostic> Diagnostics) Lex(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var tokens = ConditionLexer.Lex(text, new ConditionDiagnostics(text, null), diagnostics);
        return (tokens, diagnostics);
    }
}
