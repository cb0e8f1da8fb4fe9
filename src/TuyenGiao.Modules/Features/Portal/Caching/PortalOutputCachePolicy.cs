using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace TuyenGiao.Modules.Features.Portal.Caching;

/// <summary>
/// Caches anonymous GET/HEAD responses of portal pages and feeds (see <see cref="PortalCacheTags.ForPath"/>),
/// per query string and UI culture, for at most <see cref="Lifetime"/>; publication events evict them
/// earlier by tag. Never for a signed-in user, a request with credentials, or a response that sets a cookie.
/// </summary>
internal sealed class PortalOutputCachePolicy : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var tags = PortalCacheTags.ForPath(request.Path);
        var cacheable = tags is not null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable)
        {
            foreach (var tag in tags!)
            {
                context.Tags.Add(tag);
            }

            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            context.ResponseExpirationTimeSpan = Lifetime;
            http.Response.OnStarting(PrepareSharedResponse, http.Response);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Just before the headers go out: Blazor issues an antiforgery cookie with every page it
    /// renders, but portal pages have no form that posts (search is a GET), so the token is never
    /// used — drop it rather than hand one visitor's cookie to everyone from the cache. Any other
    /// cookie still keeps the response out of the cache. The same copy is for everyone, so
    /// browsers and a front proxy may keep it briefly too.
    /// </summary>
    private static Task PrepareSharedResponse(object state)
    {
        var response = (HttpResponse)state;
        var cookies = response.Headers.SetCookie;
        if (cookies.Count > 0)
        {
            response.Headers.SetCookie = cookies.Where(c => c is not null && !c.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)).ToArray();
        }

        if (response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count == 0)
        {
            response.Headers.CacheControl = "public, max-age=60";
            response.Headers.Pragma = default;
        }

        return Task.CompletedTask;
    }
}
