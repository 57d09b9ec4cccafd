namespace Pharos.Dynatrace.Http;

/// <summary>What a failure kind allows.</summary>
public enum RetryClass
{
    /// <summary>Permanent: never retried.</summary>
    Never,

    /// <summary>Transient and the server certainly did not act (no connection, 429): retried for every request.</summary>
    Always,

    /// <summary>Transient but the server may have acted: retried only for <see cref="RequestSafety.Repeatable"/> requests.</summary>
    IfRepeatable,
}
