using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Turns a settings value written in YAML (inside an alert-test file) into the JSON the settings readers take,
/// remembering where every property was written so their diagnostics point into the YAML file. Plain scalars
/// follow the YAML 1.2 core schema (true/false/null/numbers); quoted scalars are strings.
/// </summary>
internal sealed class YamlJson : ISettingsLocator
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly YamlReader _yaml;

    private YamlJson(YamlReader yaml)
    {
        _yaml = yaml;
    }

    public SourceLocation? Locate(string path) => _locations.TryGetValue(path, out var at) ? at : _locations.GetValueOrDefault("");

    /// <summary>Converts <paramref name="node"/>, leaving out the top-level keys in <paramref name="skip"/> (such as <c>id</c>).</summary>
    public static (JsonElement Value, YamlJson Locator) Convert(YamlMappingNode node, YamlReader yaml, params string[] skip)
    {
        var converter = new YamlJson(yaml);
        converter._locations[""] = yaml.Locate(node);
        var obj = new JsonObject();
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !skip.Contains(name))
            {
                obj[name] = converter.ToJson(value, name);
            }
        }

        return (JsonSerializer.SerializeToElement(obj), converter);
    }

    private JsonNode? ToJson(YamlNode node, string path)
    {
        _locations[path] = _yaml.Locate(node);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        obj[name] = ToJson(value, SettingsReader.Join(path, name));
                    }
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(ToJson(sequence.Children[i], SettingsReader.Index(path, i)));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => JsonValue.Create(d),
            _ => JsonValue.Create(text),
        };
    }
}
