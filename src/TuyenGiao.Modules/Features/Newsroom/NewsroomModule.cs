using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>Posts, topics, media, the editorial workflow and the daily cadence.</summary>
public static class NewsroomModule
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        Media.MediaModule.AddMediaLibrary(services);
        return services;
    }

    /// <summary>Seeds the article's topics on the first start (called by the host on start).</summary>
    public static Task SeedNewsroomAsync(this IServiceProvider services, CancellationToken ct = default) =>
        Seeding.TopicSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), ct);

    /// <summary>Routes at the site root: the media files (<c>/media/{name}</c>).</summary>
    public static void MapNewsroomFiles(this IEndpointRouteBuilder app) => Media.Serving.MediaFileEndpoints.MapMediaFiles(app);

    public static void MapNewsroom(this IEndpointRouteBuilder api)
    {
        _ = api;
        Media.Library.MediaEndpoints.MapMediaLibrary(api);
    }
}
