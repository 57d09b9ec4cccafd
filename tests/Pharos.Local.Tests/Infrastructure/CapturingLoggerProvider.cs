using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pharos.Local.Tests.Infrastructure;

/// <summary>Keeps every formatted log line (with its structured values) so tests can assert on them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception),
                values.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString())));
        }
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> Values);
