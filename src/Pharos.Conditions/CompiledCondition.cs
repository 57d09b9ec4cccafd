using Pharos.Conditions.Semantics;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions;

/// <summary>A condition that parsed and analysed without errors: its tree and its meaning.</summary>
public sealed record CompiledCondition(ConditionSyntaxTree Syntax, AlertCondition Condition)
{
    public string Text => Syntax.Text;
}
