namespace Pharos.Local.Settings;

/// <summary>
/// A parsed settings scope. <see cref="Kind"/> is what schemas list in <c>allowedScopes</c>
/// (<c>environment</c>, <c>metric</c>, <c>HOST</c>…); <see cref="IdType"/>/<see cref="IdValue"/> are what
/// Dynatrace encodes into object ids (<c>tenant</c>/<c>tenant</c> for the environment).
/// </summary>
internal sealed record SettingsScope(string Text, string Kind, string IdType, string IdValue)
{
    public const string Environment = "environment";
    private const string MetricPrefix = "metric-";

    public static SettingsScope? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1000)
        {
            return null;
        }

        if (text == Environment)
        {
            return new SettingsScope(text, Environment, "tenant", "tenant");
        }

        if (text.StartsWith(MetricPrefix, StringComparison.Ordinal) && text.Length > MetricPrefix.Length)
        {
            return new SettingsScope(text, "metric", "metric", text[MetricPrefix.Length..]);
        }

        // Entity scopes: <TYPE>-<ID>, e.g. HOST-D3A3C5A146830A79 or PROCESS_GROUP-1A2B….
        var dash = text.LastIndexOf('-');
        if (dash <= 0 || dash == text.Length - 1)
        {
            return null;
        }

        var type = text[..dash];
        var id = text[(dash + 1)..];
        return type.All(c => char.IsAsciiLetterUpper(c) || c == '_') && id.All(char.IsAsciiLetterOrDigit)
            ? new SettingsScope(text, type, type, id)
            : null;
    }

    public bool IsAllowedBy(SettingsSchemaDescriptor schema) =>
        schema.AllowedScopes.Contains(Kind, StringComparer.OrdinalIgnoreCase);
}
