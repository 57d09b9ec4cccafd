using System.Text;

namespace Pharos.Dynatrace.Http;

/// <summary>Builds query strings; every name and value is percent-encoded.</summary>
internal static class QueryString
{
    public static string Build(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder("?");
        foreach (var (name, value) in parameters)
        {
            if (builder.Length > 1)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    /// <summary>Collects parameters, skipping absent ones, so operations read like the API reference.</summary>
    public sealed class Builder
    {
        private readonly List<KeyValuePair<string, string>> _items = [];

        public Builder Add(string name, string? value)
        {
            if (value is not null)
            {
                _items.Add(KeyValuePair.Create(name, value));
            }

            return this;
        }

        public Builder Add(string name, int? value) =>
            Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public Builder Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

        /// <summary>A comma-separated list; empty lists are skipped. Values must not contain commas.</summary>
        public Builder AddList(string name, IReadOnlyCollection<string>? values)
        {
            if (values is null || values.Count == 0)
            {
                return this;
            }

            foreach (var value in values)
            {
                if (string.IsNullOrEmpty(value) || value.Contains(','))
                {
                    throw new ArgumentException($"Values of '{name}' must be non-empty and must not contain ',' (the API separates them with commas).", name);
                }
            }

            return Add(name, string.Join(',', values));
        }

        public IReadOnlyList<KeyValuePair<string, string>> Build() => _items.ToList();
    }
}
