using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Cadence;
using TuyenGiao.Modules.Features.Newsroom.Editor;
using TuyenGiao.Modules.Features.Newsroom.Topics;

namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>Posts, topics, media, the editorial workflow and the daily cadence.</summary>
public static class NewsroomModule
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddScoped<Topics.TopicService>();
        services.AddSingleton(new Shared.BackOffice.BackOfficeMenuItem("EditorTopicsMenu", "/quan-tri/chu-de", MudBlazor.Icons.Material.Filled.Label, 45));
        services.AddSingleton(new Shared.BackOffice.BackOfficeMenuItem("EditorToolMenu", "/quan-tri/soan-thao", MudBlazor.Icons.Material.Filled.Spellcheck, 46));
        services.AddOptions<Cadence.CadenceOptions>().BindConfiguration(Cadence.CadenceOptions.Section);
        services.AddScoped<Cadence.CadenceService>();
        services.AddScoped<Cadence.CadenceWarningHandler>();
        services.AddHostedService<Cadence.CadenceWarningService>();
        services.AddSingleton(new Shared.BackOffice.DashboardPanel(typeof(Cadence.CadencePanel), 20));
        return services;
    }

    /// <summary>Seeds the article's topics on the first start (called by the host on start).</summary>
    public static Task SeedNewsroomAsync(this IServiceProvider services, CancellationToken ct = default) =>
        Seeding.TopicSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), ct);

    public static void MapNewsroom(this IEndpointRouteBuilder api)
    {
        api.MapTopics();
        api.MapCadence();
        api.MapLegacyText();
    }
}
