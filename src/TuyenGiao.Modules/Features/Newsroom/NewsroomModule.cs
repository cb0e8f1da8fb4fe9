using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Published;
using TuyenGiao.Modules.Features.Newsroom.Search;

namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>Posts, topics, media, the editorial workflow and the daily cadence.</summary>
public static class NewsroomModule
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddPublishedPosts();
        return services;
    }

    /// <summary>Seeds the article's topics on the first start (called by the host on start).</summary>
    public static Task SeedNewsroomAsync(this IServiceProvider services, CancellationToken ct = default) =>
        Seeding.TopicSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), ct);

    /// <summary>Seeds the demo portal's posts once, on an empty posts table (after the administrator exists: the author).</summary>
    public static Task SeedDemoPostsAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<Seeding.DemoPostSeeder>().SeedAsync(ct);

    public static void MapNewsroom(this IEndpointRouteBuilder api)
    {
        api.MapPostSearch();
    }
}
