using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// The outcome for one object of a settings write. <see cref="Index"/> is the object's position in
/// the caller's list (0 for PUT and DELETE). <see cref="Code"/> is the per-object code the API
/// reported, or the HTTP status (0 when none) of a request that failed as a whole.
/// </summary>
public sealed record SettingsObjectResult(int Index, int Code)
{
    public string? ObjectId { get; init; }

    public ApiError? Error { get; init; }

    /// <summary>The submitted value the API rejected, as it echoed it.</summary>
    public JsonElement? InvalidValue { get; init; }

    /// <summary>Set when the whole request failed (auth, rate limit, transport…) rather than this object.</summary>
    public DynatraceFailureKind? Failure { get; init; }

    /// <summary>An earlier attempt failed in a way that may have applied it (timeout, 5XX); a 409 may be that earlier success.</summary>
    public bool AfterUnknownOutcome { get; init; }

    /// <summary>The API said 409 after a retry and the object was found by its externalId: created by the earlier attempt (value not compared).</summary>
    public bool RecoveredByExternalId { get; init; }

    /// <summary>Not sent, because an earlier batch of the same call failed as a whole.</summary>
    public bool NotSent { get; init; }

    public bool IsSuccess => Code is >= 200 and <= 299;
}
