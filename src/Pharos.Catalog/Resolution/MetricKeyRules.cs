namespace Pharos.Catalog.Resolution;

/// <summary>
/// Dynatrace's metric key and dimension key rules (docs "Metric ingestion protocol";
/// reference/dynatrace-api.md §4.2), applied to catalog metric names before anything is ingested.
/// </summary>
public static class MetricKeyRules
{
    /// <summary>Null when <paramref name="key"/> is valid, else why not.</summary>
    public static string? Check(string key)
    {
        if (key.Length is < 3 or > 255)
        {
            return $"it has {key.Length} characters";
        }

        if (key.StartsWith("dt.", StringComparison.Ordinal))
        {
            return "the 'dt.' prefix is reserved for Dynatrace";
        }

        if (char.IsAsciiDigit(key[0]) || key[0] == '-')
        {
            return "it starts with a digit or '-'";
        }

        var sections = key.Split('.');
        foreach (var section in sections)
        {
            if (section.Length == 0)
            {
                return "it has an empty section ('..', or a leading or trailing dot)";
            }

            if (section[0] == '-')
            {
                return $"section '{section}' starts with '-'";
            }

            foreach (var c in section)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                {
                    return $"it contains '{c}'";
                }
            }
        }

        return null;
    }

    public static bool IsValidDimensionKey(string key)
    {
        if (key.Length is 0 or > 100 || !(char.IsAsciiLetterLower(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or ':' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
