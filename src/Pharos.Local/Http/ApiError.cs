namespace Pharos.Local.Http;

/// <summary>The <c>error</c> object of the classic Dynatrace error envelope.</summary>
public sealed record ApiError(
    int Code,
    string Message,
    IReadOnlyList<ConstraintViolation>? ConstraintViolations = null,
    ApiErrorDetails? Details = null);

/// <summary>Platform-gateway style details, e.g. <c>{"missingScopes":["settings:objects:read"]}</c>.</summary>
public sealed record ApiErrorDetails(IReadOnlyList<string> MissingScopes);

/// <summary><c>{"error":{…}}</c>: the body of every classic 4XX/5XX except the Settings array cases.</summary>
public sealed record ErrorEnvelope(ApiError Error);
