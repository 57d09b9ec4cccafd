namespace Pharos.Gates.Data;

/// <summary>
/// The data could not be read or sent: the environment is unreachable, the token lacks a scope, the
/// API rejected the request. Adapters translate their client's failures into this one type so that
/// gates turn it into an ERROR decision (exit code 4) instead of crashing. The message must not
/// contain tokens or other secrets.
/// </summary>
public sealed class GateDataException : Exception
{
    public GateDataException()
    {
    }

    public GateDataException(string message)
        : base(message)
    {
    }

    public GateDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
