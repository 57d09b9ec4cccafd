using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pharos.Evaluation.Testing;

/// <summary>Located, reporting access to a YAML document of an alert-test file (PH5003–PH5006).</summary>
internal sealed class YamlReader(string file, IDiagnosticSink sink)
{
    public string File { get; } = file;

    public IDiagnosticSink Sink { get; } = sink;

    public SourceLocation Locate(YamlNode node) => Locate(node.Start);

    public SourceLocation Locate(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    /// <summary>Where the text of a single-line scalar starts (after an opening quote), so offsets inside it map to columns.</summary>
    public Func<int, SourceLocation?> ContentLocator(YamlScalarNode scalar)
    {
        var start = Locate(scalar);
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var singleLine = scalar.Start.Line == scalar.End.Line && scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded);
        return offset => singleLine ? start.Offset(offset + (quoted ? 1 : 0)) : start;
    }

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    public void CheckKeys(YamlMappingNode map, string where, IReadOnlyCollection<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
            {
                Sink.Add(EvaluationDiagnostics.UnknownField(Locate(key), name, where, known));
            }
        }
    }

    public YamlMappingNode? Mapping(YamlNode? node, string field)
    {
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Sink.Add(EvaluationDiagnostics.WrongShape(Locate(node), field, "a mapping", Describe(node)));
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string field)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            case YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain }:
                return [];
            default:
                Sink.Add(EvaluationDiagnostics.WrongShape(Locate(node), field, "a list", Describe(node)));
                return [];
        }
    }

    public YamlScalarNode? Scalar(YamlNode? node, string field)
    {
        if (node is null or YamlScalarNode)
        {
            return node as YamlScalarNode;
        }

        Sink.Add(EvaluationDiagnostics.WrongShape(Locate(node), field, "a single value", Describe(node)));
        return null;
    }

    public string? Text(YamlNode? node, string field) => Scalar(node, field)?.Value;

    public double? Number(YamlNode? node, string field, double min, double max, string expected)
    {
        if (Scalar(node, field) is not { Value: { } text } scalar)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Sink.Add(EvaluationDiagnostics.InvalidScalar(Locate(scalar), field, expected, text));
        return null;
    }

    public int? Integer(YamlNode? node, string field, int min, int max)
    {
        if (Scalar(node, field) is not { Value: { } text } scalar)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Sink.Add(EvaluationDiagnostics.InvalidScalar(Locate(scalar), field, $"a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", text));
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"the value '{s.Value}'",
        _ => "an alias",
    };
}
