using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharos.Local.Auth;

namespace Pharos.Local.Modules;

/// <summary>Maps every module route once per API surface, tagging it with the scope it needs.</summary>
internal sealed class LocalApiRouteBuilder : ILocalApiRouteBuilder
{
    private readonly IEndpointRouteBuilder _endpoints;

    public LocalApiRouteBuilder(IEndpointRouteBuilder endpoints)
    {
        _endpoints = endpoints ?? throw new ArgumentNullException(nameof(endpoints));
    }

    public void Map(string method, string pattern, ApiScope scope, RequestDelegate handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        var relative = pattern.TrimStart('/');
        foreach (var prefix in new[] { ApiSurfaces.ClassicPrefix, ApiSurfaces.PlatformPrefix })
        {
            _endpoints.MapMethods($"{prefix}/{relative}", [method], handler)
                .WithMetadata(new RequiredScopeMetadata(scope))
                .WithDisplayName($"{method} {prefix}/{relative}");
        }
    }
}
