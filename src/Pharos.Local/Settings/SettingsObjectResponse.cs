using System.Text.Json;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>
/// <c>SettingsObjectResponse</c>: one entry of the POST answer, and the body of PUT and of the settings
/// 400/404/409 answers. <see cref="Error"/> and <see cref="InvalidValue"/> are present only on failure.
/// </summary>
internal sealed record SettingsObjectResponse(int Code, string? ObjectId = null, ApiError? Error = null, JsonElement? InvalidValue = null)
{
    public static SettingsObjectResponse Ok(string? objectId) => new(200, objectId);

    public static SettingsObjectResponse Failure(int code, string message, JsonElement? invalidValue = null) =>
        new(code, null, new ApiError(code, message), invalidValue);

    public static SettingsObjectResponse Invalid(IReadOnlyList<ConstraintViolation> violations, JsonElement? invalidValue) =>
        new(400, null, new ApiError(400, ApiMessages.ConstraintsViolated, violations), invalidValue);
}
