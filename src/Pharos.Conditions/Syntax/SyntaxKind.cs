namespace Pharos.Conditions.Syntax;

/// <summary>
/// Every token and node kind of the condition language. When adding a token kind, also teach
/// <see cref="SyntaxFacts"/> its text and operator class.
/// </summary>
public enum SyntaxKind
{
    // Tokens
    EndOfTextToken,
    BadToken,
    IdentifierToken,
    NumberLiteralToken,
    DurationLiteralToken,
    StringLiteralToken,
    PreviousDayKeyword,
    PreviousWeekKeyword,
    PlusToken,
    MinusToken,
    AsteriskToken,
    SlashToken,
    OpenParenToken,
    CloseParenToken,
    CommaToken,
    LessThanToken,
    LessThanEqualsToken,
    GreaterThanToken,
    GreaterThanEqualsToken,
    EqualsEqualsToken,
    BangEqualsToken,

    // Nodes
    Condition,
    NameExpression,
    NumberLiteralExpression,
    DurationLiteralExpression,
    StringLiteralExpression,
    PreviousPeriodExpression,
    UnaryExpression,
    BinaryExpression,
    ComparisonExpression,
    ParenthesizedExpression,
    CallExpression,
    MissingExpression,
    ErrorExpression,
    SkippedTokens,
}
