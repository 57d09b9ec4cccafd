using System.Text;

namespace Pharos.Catalog.Output;

/// <summary>Writes YAML scalars so they read back as the same strings under YAML 1.1 and 1.2.</summary>
internal static class YamlText
{
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "",
    };

    public static string Scalar(string value)
    {
        return NeedsQuotes(value) ? Quote(value) : value;
    }

    private static bool NeedsQuotes(string value)
    {
        if (Ambiguous.Contains(value) || char.IsAsciiDigit(value[0]) || value[0] is '-' or '+' or '.')
        {
            return true;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '@'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
