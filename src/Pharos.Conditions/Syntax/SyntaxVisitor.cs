namespace Pharos.Conditions.Syntax;

/// <summary>Visits nodes by kind; every Visit method not overridden falls back to <see cref="DefaultVisit"/>.</summary>
public abstract class SyntaxVisitor<T>
{
    public T Visit(SyntaxNode node) => node.Accept(this);

    protected abstract T DefaultVisit(SyntaxNode node);

    public virtual T VisitCondition(ConditionSyntax node) => DefaultVisit(node);

    public virtual T VisitNameExpression(NameExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitNumberLiteral(NumberLiteralSyntax node) => DefaultVisit(node);

    public virtual T VisitDurationLiteral(DurationLiteralSyntax node) => DefaultVisit(node);

    public virtual T VisitStringLiteral(StringLiteralSyntax node) => DefaultVisit(node);

    public virtual T VisitPreviousPeriod(PreviousPeriodSyntax node) => DefaultVisit(node);

    public virtual T VisitUnaryExpression(UnaryExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitBinaryExpression(BinaryExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitComparisonExpression(ComparisonExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitCallExpression(CallExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitMissingExpression(MissingExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitErrorExpression(ErrorExpressionSyntax node) => DefaultVisit(node);

    public virtual T VisitSkippedTokens(SkippedTokensSyntax node) => DefaultVisit(node);
}
