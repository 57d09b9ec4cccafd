namespace Pharos.Local.Http;

/// <summary>Response messages shared by several endpoints; the wording follows real Dynatrace answers.</summary>
public static class ApiMessages
{
    public const string ConstraintsViolated = "Constraints violated.";
    public const string MissingAuthorization = "Missing authorization parameter.";
    public const string TokenAuthenticationFailed = "Token Authentication failed";
    public const string ExpectedBearer = "Incorrect Authorization header in request - expected `Bearer`!";
    public const string InsufficientPermissions = "Insufficient permissions.";
    public const string TooManyRequests = "Too Many Requests: the local environment injected this fault on purpose.";
    public const string InternalError = "Internal Server Error";
    public const string NotFound = "The requested resource was not found.";
    public const string PayloadTooLarge = "Payload Too Large: the request body exceeds the limit of the local environment.";
    public const string NextPageKeyAlone = "If nextPageKey is set, no other query parameters may be set. Repeat the request with only nextPageKey.";
    public const string NextPageKeyInvalid = "The nextPageKey is invalid or was issued by another query. Start again from the first page.";

    public static string MissingScope(string scope, string displayName) =>
        $"Token is missing required scope. Use one of: {scope} ({displayName})";
}
