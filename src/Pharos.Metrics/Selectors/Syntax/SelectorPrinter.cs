using System.Text;
using Pharos.Metrics.Selectors;

namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>
/// Writes the canonical text of a selector tree: no whitespace except around binary '-' (a '-' right
/// after a key would join the key), canonical transformation names, strings in <c>"…"</c> with
/// <c>~</c> escapes, key sections quoted when they do not start with a letter or '_' or hold other characters (Dynatrace's rule), literals as written. Parentheses from
/// the source are kept and added where operator precedence requires them, so printing and parsing again
/// yields the same text.
/// </summary>
public sealed class SelectorPrinter : SelectorVisitor
{
    private readonly StringBuilder _builder = new();

    private SelectorPrinter()
    {
    }

    public static string Print(SelectorNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new SelectorPrinter();
        printer.Visit(node);
        return printer._builder.ToString();
    }

    public override void VisitMetricKey(MetricKeySyntax node)
    {
        if (node.Prefix is not null)
        {
            _builder.Append(node.Prefix).Append(':');
        }

        for (var i = 0; i < node.Sections.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append('.');
            }

            WriteSection(node.Sections[i], isFirst: i == 0 && node.Prefix is null);
        }

        if (node.IsWildcard)
        {
            _builder.Append(node.Sections.Count == 0 ? "*" : ".*");
        }
    }

    public override void VisitNumber(NumberSyntax node) => _builder.Append(node.Text);

    public override void VisitParenthesized(ParenthesizedSyntax node)
    {
        _builder.Append('(');
        Visit(node.Inner);
        _builder.Append(')');
    }

    public override void VisitBinary(BinarySyntax node)
    {
        var precedence = Precedence(node.Operator);
        WriteOperand(node.Left, precedence, isRight: false);
        _builder.Append(node.Operator switch
        {
            ArithmeticOperator.Add => "+",
            ArithmeticOperator.Subtract => " - ",
            ArithmeticOperator.Multiply => "*",
            _ => "/",
        });
        WriteOperand(node.Right, precedence, isRight: true);
    }

    public override void VisitNegation(NegationSyntax node)
    {
        _builder.Append('-');
        WriteWrapped(node.Operand, node.Operand is BinarySyntax);
    }

    public override void VisitTransform(TransformSyntax node)
    {
        WriteWrapped(node.Source, node.Source is BinarySyntax or NegationSyntax);
        Visit(node.Transformation);
    }

    public override void VisitTransformation(TransformationSyntax node)
    {
        _builder.Append(':').Append(node.Kind == TransformationKind.Unknown ? node.Name : TransformationFacts.NameOf(node.Kind));
        if (node.HasParentheses || node.Arguments.Count > 0)
        {
            WriteArguments(node.Arguments);
        }
    }

    public override void VisitStringArgument(StringArgumentSyntax node) => WriteQuoted(node.Value);

    public override void VisitNumberArgument(NumberArgumentSyntax node) => _builder.Append(node.Text);

    public override void VisitDurationArgument(DurationArgumentSyntax node) => _builder.Append(node.Text);

    public override void VisitNameArgument(NameArgumentSyntax node) => _builder.Append(node.Name);

    public override void VisitCallArgument(CallArgumentSyntax node)
    {
        _builder.Append(node.Name);
        WriteArguments(node.Arguments);
    }

    private void WriteArguments(IReadOnlyList<ArgumentSyntax> arguments)
    {
        _builder.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(',');
            }

            Visit(arguments[i]);
        }

        _builder.Append(')');
    }

    private void WriteOperand(SelectorExpression operand, int parentPrecedence, bool isRight)
    {
        // Left-associative: a right operand of equal precedence needs parentheses, a - (b - c).
        var needsParentheses = operand is BinarySyntax binary
            && (Precedence(binary.Operator) < parentPrecedence || (isRight && Precedence(binary.Operator) == parentPrecedence));
        WriteWrapped(operand, needsParentheses);
    }

    private void WriteWrapped(SelectorExpression expression, bool wrap)
    {
        if (wrap)
        {
            _builder.Append('(');
        }

        Visit(expression);
        if (wrap)
        {
            _builder.Append(')');
        }
    }

    private void WriteSection(string section, bool isFirst)
    {
        var plain = section.Length > 0
            && section.AsSpan().IndexOfAnyExcept(SectionChars) < 0
            && (char.IsAsciiLetter(section[0]) || section[0] == '_')
            && !(isFirst && SelectorFacts.KeyPrefixes.Contains(section));
        if (plain)
        {
            _builder.Append(section);
        }
        else
        {
            WriteQuoted(section);
        }
    }

    private void WriteQuoted(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '~')
            {
                _builder.Append('~');
            }

            _builder.Append(c);
        }

        _builder.Append('"');
    }

    private static int Precedence(ArithmeticOperator op) => op is ArithmeticOperator.Add or ArithmeticOperator.Subtract ? 1 : 2;

    private static ReadOnlySpan<char> SectionChars => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
}
