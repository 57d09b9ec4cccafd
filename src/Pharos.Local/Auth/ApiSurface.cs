using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Auth;

/// <summary>The two ways the same API is exposed, each with its own Authorization scheme.</summary>
internal enum ApiSurface
{
    /// <summary><c>/api/v2/*</c> with <c>Authorization: Api-Token …</c>.</summary>
    Classic,

    /// <summary><c>/platform/classic/environment-api/v2/*</c> with <c>Authorization: Bearer …</c>.</summary>
    Platform,
}

internal static class ApiSurfaces
{
    public const string ClassicPrefix = "/api/v2";
    public const string PlatformPrefix = "/platform/classic/environment-api/v2";

    public static ApiSurface Of(PathString path) =>
        path.StartsWithSegments(PlatformPrefix, StringComparison.OrdinalIgnoreCase) ? ApiSurface.Platform : ApiSurface.Classic;

    public static string Scheme(ApiSurface surface) => surface == ApiSurface.Platform ? "Bearer" : "Api-Token";
}
