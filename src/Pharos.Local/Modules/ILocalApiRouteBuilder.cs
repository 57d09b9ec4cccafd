using Microsoft.AspNetCore.Http;
using Pharos.Local.Auth;

namespace Pharos.Local.Modules;

public interface ILocalApiRouteBuilder
{
    /// <summary>
    /// Maps <paramref name="method"/> <paramref name="pattern"/> (relative to the v2 root, e.g.
    /// <c>metrics/ingest</c> or <c>settings/objects/{objectId}</c>); a token needs <paramref name="scope"/>.
    /// </summary>
    void Map(string method, string pattern, ApiScope scope, RequestDelegate handler);
}
