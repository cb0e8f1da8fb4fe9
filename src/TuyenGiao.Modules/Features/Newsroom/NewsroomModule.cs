using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>Posts, topics, media, the editorial workflow and the daily cadence.</summary>
public static class NewsroomModule
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddScoped<Contracts.IPostContent, Delivery.PostContentReader>();
        return services;
    }

    /// <summary>Seeds the article's topics on the first start (called by the host on start).</summary>
    public static Task SeedNewsroomAsync(this IServiceProvider services, CancellationToken ct = default) =>
        Seeding.TopicSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), ct);

    public static void MapNewsroom(this IEndpointRouteBuilder api)
    {
        _ = api;
    }
}
