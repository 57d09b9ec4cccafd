namespace Pharos.Gates.Deployments;

/// <summary>Reads environment variables, so that CI detection can be tested without touching the process.</summary>
public interface IEnvironmentReader
{
    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    string? Get(string name);
}

/// <summary>The process's environment variables.</summary>
public sealed class ProcessEnvironmentReader : IEnvironmentReader
{
    public string? Get(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}

/// <summary>A fixed set of variables (tests, and a CLI that wants to pin what it read).</summary>
public sealed class DictionaryEnvironmentReader(IReadOnlyDictionary<string, string> variables) : IEnvironmentReader
{
    public string? Get(string name) =>
        variables.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
