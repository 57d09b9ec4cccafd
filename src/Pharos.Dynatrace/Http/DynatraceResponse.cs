namespace Pharos.Dynatrace.Http;

/// <summary>
/// The answer an operation handles. <see cref="EarlierOutcomeUnknown"/> is true when an earlier
/// attempt failed in a way that may have applied the request (timeout, broken connection, 5XX), so
/// e.g. a 409 "already exists" may be this operation's own earlier success.
/// </summary>
internal sealed record DynatraceResponse(int StatusCode, byte[] Body, int Attempts, bool EarlierOutcomeUnknown, string Path);
