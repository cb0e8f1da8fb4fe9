using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Portal.Caching;
using TuyenGiao.Modules.Features.Portal.Feeds;
using TuyenGiao.Modules.Features.Portal.Site;

namespace TuyenGiao.Modules.Features.Portal;

/// <summary>The public portal: static server-rendered pages, feeds, sitemap, robots.txt and their output cache.</summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddBasePolicy(new PortalOutputCachePolicy()));
        services.AddScoped<PortalSite>();
        services.AddScoped<IPostPublicationObserver, PortalCacheEvictor>();
        return services;
    }

    /// <summary>
    /// True when the request renders one of the portal's pages: plain server-rendered HTML with
    /// plain links and GET forms, which needs no Blazor script (one download fewer on a phone).
    /// </summary>
    public static bool RendersScriptFreePage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type.Namespace == typeof(Pages.PortalHomePage).Namespace;

    /// <summary>Maps the feeds, the sitemap and robots.txt at the site root (the pages are Razor components).</summary>
    public static void MapPortal(this IEndpointRouteBuilder app) => app.MapPortalFeeds();
}
