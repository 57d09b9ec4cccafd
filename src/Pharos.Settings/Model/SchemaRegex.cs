using System.Text.RegularExpressions;

namespace Pharos.Settings.Model;

/// <summary>
/// Compiles schema patterns. Dynatrace is a Java service and checks patterns with
/// <c>Matcher.matches()</c>, which must consume the whole value, hence the <c>\A…\z</c> wrapper.
/// A timeout bounds the cost of a hostile value against a backtracking pattern.
/// </summary>
internal static class SchemaRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    public static Regex CreateFullMatch(string pattern) =>
        new($"\\A(?:{pattern})\\z", RegexOptions.CultureInvariant, Timeout);

    /// <summary>False when the value does not match or the match timed out (treated as no match).</summary>
    public static bool IsFullMatch(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
