namespace Pharos.Dynatrace.Http;

/// <summary>HTTP requests sent for one method and path template; retries are included in <see cref="Requests"/>.</summary>
public sealed record RequestTally(string Method, string PathTemplate, long Requests, long Writes, long Retries);
