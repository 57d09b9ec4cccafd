namespace Pharos.Metrics.Selectors.Syntax;

public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}
