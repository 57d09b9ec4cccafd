namespace Pharos.Local.Modules;

/// <summary>
/// A feature area of the API (settings, events, metrics, …). Register implementations with
/// <c>services.AddPharosLocalModule&lt;T&gt;()</c>; each route is served under both <c>/api/v2/</c>
/// (Api-Token) and <c>/platform/classic/environment-api/v2/</c> (Bearer), behind authentication.
/// This is the seam where the metrics endpoints are plugged in.
/// </summary>
public interface ILocalApiModule
{
    void MapRoutes(ILocalApiRouteBuilder routes);
}
