using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// The compact series notation of alert tests, one value per minute:
/// <c>payment_success_rate{payment_method="card"}: 99 99 94 93 92 _ 99x10</c>. A number is a value, <c>_</c> a minute
/// without data, <c>VALUExCOUNT</c> (or <c>_xCOUNT</c>) repeats, and an optional <c>|</c> ends the history: values
/// before it fall before minute 0 (for baselines), values after it start at minute 0.
/// </summary>
public static class SeriesNotation
{
    public const int MaxMinutes = 30 * 1440;

    public const int MaxRepeat = MaxMinutes;

    /// <summary>Parses <c>metric</c> or <c>metric{key="value",…}</c>; null (with a PH5010) when malformed.</summary>
    public static (string Metric, SeriesDimensions Dimensions)? ParseName(string text, SourceLocation? at, IDiagnosticSink sink)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        var metric = (open < 0 ? text : text[..open]).Trim();
        if (metric.Length == 0 || metric.Any(c => char.IsWhiteSpace(c) || c is '"' or '}' or ','))
        {
            sink.Add(EvaluationDiagnostics.MalformedSeriesName(at, text, "the metric key is missing or contains spaces, quotes or braces"));
            return null;
        }

        if (open < 0)
        {
            return (metric, SeriesDimensions.Empty);
        }

        if (!text.TrimEnd().EndsWith('}'))
        {
            sink.Add(EvaluationDiagnostics.MalformedSeriesName(at, text, "the dimensions are not closed with '}'"));
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        var body = text.TrimEnd()[(open + 1)..^1];
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && (char.IsWhiteSpace(body[i]) || body[i] == ','))
            {
                i++;
            }

            if (i >= body.Length)
            {
                break;
            }

            var eq = body.IndexOf('=', i);
            if (eq < 0)
            {
                sink.Add(EvaluationDiagnostics.MalformedSeriesName(at, text, $"'{body[i..].Trim()}' has no '=': write key=\"value\""));
                return null;
            }

            var key = body[i..eq].Trim();
            var j = eq + 1;
            while (j < body.Length && char.IsWhiteSpace(body[j]))
            {
                j++;
            }

            if (key.Length == 0 || j >= body.Length || body[j] != '"')
            {
                sink.Add(EvaluationDiagnostics.MalformedSeriesName(at, text, $"the value of '{key}' must be in double quotes, e.g. {key}=\"card\""));
                return null;
            }

            var value = new System.Text.StringBuilder();
            j++;
            while (j < body.Length && body[j] != '"')
            {
                if (body[j] == '\\' && j + 1 < body.Length)
                {
                    j++;
                }

                value.Append(body[j]);
                j++;
            }

            if (j >= body.Length)
            {
                sink.Add(EvaluationDiagnostics.MalformedSeriesName(at, text, $"the value of '{key}' has no closing quote"));
                return null;
            }

            pairs.Add(new(key, value.ToString()));
            i = j + 1;
        }

        return (metric, new SeriesDimensions(pairs));
    }

    /// <summary>
    /// Parses the values. <paramref name="locate"/> maps a character offset in <paramref name="text"/> to a location.
    /// Returns the values and how many of them are history (before <c>|</c>), or null after reporting errors.
    /// </summary>
    public static (double[] Values, int History)? ParseValues(string text, string series, Func<int, SourceLocation?> locate, IDiagnosticSink sink)
    {
        var values = new List<double>();
        var history = 0;
        var ok = true;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var token = text[start..i];
            if (token == "|")
            {
                history = values.Count;
                continue;
            }

            var x = token.LastIndexOf('x');
            var valueText = x > 0 ? token[..x] : token;
            var count = 1;
            if (x > 0 && (!int.TryParse(token[(x + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxRepeat))
            {
                sink.Add(EvaluationDiagnostics.InvalidRepeat(locate(start), token, MaxRepeat));
                ok = false;
                continue;
            }

            double value;
            if (valueText == "_")
            {
                value = double.NaN;
            }
            else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            {
                sink.Add(EvaluationDiagnostics.InvalidSample(locate(start), token));
                ok = false;
                continue;
            }

            if (values.Count + count > MaxMinutes)
            {
                sink.Add(EvaluationDiagnostics.SeriesTooLong(locate(0), series, (long)values.Count + count, MaxMinutes));
                return null;
            }

            values.AddRange(Enumerable.Repeat(value, count));
        }

        if (ok && values.Count == history)
        {
            sink.Add(EvaluationDiagnostics.EmptySeries(locate(0), series));
            return null;
        }

        return ok ? ([.. values], history) : null;
    }
}
