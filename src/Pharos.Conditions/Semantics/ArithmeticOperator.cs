namespace Pharos.Conditions.Semantics;

public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}
