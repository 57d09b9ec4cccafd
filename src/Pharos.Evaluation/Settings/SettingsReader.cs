using System.Globalization;
using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;

namespace Pharos.Evaluation.Settings;

/// <summary>
/// Typed, forgiving access to a Settings 2.0 value (<see cref="JsonElement"/>). A missing property takes the
/// schema default; a property of the wrong type, an unknown enum value or a value out of range is reported
/// (PH5040–PH5043) and the default is used instead, so one bad property never hides the others.
/// </summary>
internal sealed class SettingsReader(string source, IDiagnosticSink sink, ISettingsLocator? locator)
{
    public string Source { get; } = source;

    public bool HasErrors { get; private set; }

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public void Report(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.IsError;
        sink.Add(diagnostic);
    }

    public SourceLocation? Locate(string path) => locator?.Locate(path);

    public bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public JsonElement? Object(JsonElement obj, string path, string name, bool required = false, string hint = "")
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Report(EvaluationDiagnostics.SettingMissing(Locate(path), Source, full, hint));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "an object", Describe(value)));
            return null;
        }

        return value;
    }

    public IReadOnlyList<JsonElement> List(JsonElement obj, string path, string name)
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "a list", Describe(value)));
            return [];
        }

        return [.. value.EnumerateArray()];
    }

    public string? Text(JsonElement obj, string path, string name, string? fallback, bool required = false, string hint = "")
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Report(EvaluationDiagnostics.SettingMissing(Locate(path), Source, full, hint));
            }

            return fallback;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "a string", Describe(value)));
            return fallback;
        }

        var text = value.GetString()!;
        if (required && text.Length == 0)
        {
            Report(EvaluationDiagnostics.SettingMissing(Locate(full), Source, full, hint));
        }

        return text;
    }

    public IReadOnlyList<string> TextList(JsonElement obj, string path, string name)
    {
        var result = new List<string>();
        var items = List(obj, path, name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.String)
            {
                result.Add(items[i].GetString()!);
            }
            else
            {
                var at = Index(Join(path, name), i);
                Report(EvaluationDiagnostics.SettingWrongType(Locate(at), Source, at, "a string", Describe(items[i])));
            }
        }

        return result;
    }

    public bool Boolean(JsonElement obj, string path, string name, bool fallback)
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "true or false", Describe(value)));
        return fallback;
    }

    public bool? NullableBoolean(JsonElement obj, string path, string name) =>
        TryGet(obj, name, out _) ? Boolean(obj, path, name, false) : null;

    public double Number(JsonElement obj, string path, string name, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "a number", Describe(value)));
            return fallback;
        }

        if (number < min || number > max)
        {
            Report(EvaluationDiagnostics.SettingOutOfRange(Locate(full), Source, full, number, min, max));
            return fallback;
        }

        return number;
    }

    public int? NullableInteger(JsonElement obj, string path, string name, int min, int max) =>
        TryGet(obj, name, out _) ? Integer(obj, path, name, min, min, max) : null;

    public int Integer(JsonElement obj, string path, string name, int fallback, int min, int max)
    {
        var full = Join(path, name);
        if (!TryGet(obj, name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            Report(EvaluationDiagnostics.SettingWrongType(Locate(full), Source, full, "a whole number", Describe(value)));
            return fallback;
        }

        if (number < min || number > max)
        {
            Report(EvaluationDiagnostics.SettingOutOfRange(Locate(full), Source, full, number, min, max));
            return fallback;
        }

        return (int)number;
    }

    public TEnum Choice<TEnum>(JsonElement obj, string path, string name, TEnum fallback)
        where TEnum : struct, Enum
    {
        var full = Join(path, name);
        var text = Text(obj, path, name, null);
        if (text is null)
        {
            return fallback;
        }

        if (WireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Report(EvaluationDiagnostics.SettingUnknownValue(Locate(full), Source, full, text, WireNames.All<TEnum>()));
        return fallback;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string '{Shorten(value.GetString()!)}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
