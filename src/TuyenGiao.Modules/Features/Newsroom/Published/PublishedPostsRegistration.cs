using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Published;

internal static class PublishedPostsRegistration
{
    /// <summary>The portal's read side (<see cref="IPublishedPosts"/>) and the search over posts (<see cref="IPostSearch"/>).</summary>
    public static IServiceCollection AddPublishedPosts(this IServiceCollection services)
    {
        services.AddSingleton<UnitNameCache>();
        services.AddScoped<PostDecorations>();
        services.AddScoped<IPublishedPosts, PublishedPostQueries>();
        services.AddScoped<Search.PostSearchService>();
        services.AddScoped<IPostSearch>(sp => sp.GetRequiredService<Search.PostSearchService>());
        services.AddScoped<Seeding.DemoPostSeeder>();
        return services;
    }
}
