using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Calendar;
using TuyenGiao.Modules.Features.Newsroom.Posts;
using TuyenGiao.Modules.Features.Newsroom.Proposals;
using TuyenGiao.Modules.Features.Newsroom.Revisions;
using TuyenGiao.Modules.Features.Newsroom.Workflow;
using TuyenGiao.Modules.Shared.BackOffice;
using TuyenGiao.Modules.Features.Newsroom.Cadence;
using TuyenGiao.Modules.Features.Newsroom.Editor;
using TuyenGiao.Modules.Features.Newsroom.Topics;
using TuyenGiao.Modules.Features.Newsroom.Published;
using TuyenGiao.Modules.Features.Newsroom.Search;

namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>Posts, topics, media, the editorial workflow and the daily cadence.</summary>
public static class NewsroomModule
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.Section).Validate(o => o.SchedulerPollSeconds is >= 1 and <= 300, "Newsroom:SchedulerPollSeconds must be between 1 and 300.")
            .Validate(o => o.SearchCountLimit is >= 1 and <= 1_000_000, "Newsroom:SearchCountLimit must be between 1 and 1000000.")
            .Validate(o => o.SearchSeekLimit is >= 0 and <= 100_000, "Newsroom:SearchSeekLimit must be between 0 and 100000.")
            .ValidateOnStart();
        services.AddScoped<Posts.PostUnits>().AddScoped<Posts.PostService>().AddScoped<Workflow.PublicationObservers>().AddScoped<Workflow.PostPublisher>().AddScoped<Workflow.PostWorkflow>();
        services.AddScoped<Revisions.RevisionService>().AddScoped<Proposals.ProposalService>().AddScoped<Calendar.EditorialCalendar>();
        services.AddScoped<Scheduling.ScheduledPublishingHandler>().AddHostedService<Scheduling.ScheduledPublishingService>();
        services.AddSingleton(new BackOfficeMenuItem("NewsroomMenuPosts", "/quan-tri/bai-viet", MudBlazor.Icons.Material.Filled.Article, 20));
        services.AddSingleton(new BackOfficeMenuItem("NewsroomMenuProposals", "/quan-tri/de-xuat-trang-chu", MudBlazor.Icons.Material.Filled.MoveUp, 21));
        services.AddSingleton(new BackOfficeMenuItem("NewsroomMenuCalendar", "/quan-tri/lich-bien-tap", MudBlazor.Icons.Material.Filled.CalendarMonth, 22));
        services.AddScoped<Topics.TopicService>();
        services.AddSingleton(new Shared.BackOffice.BackOfficeMenuItem("EditorTopicsMenu", "/quan-tri/chu-de", MudBlazor.Icons.Material.Filled.Label, 45));
        services.AddSingleton(new Shared.BackOffice.BackOfficeMenuItem("EditorToolMenu", "/quan-tri/soan-thao", MudBlazor.Icons.Material.Filled.Spellcheck, 46));
        services.AddOptions<Cadence.CadenceOptions>().BindConfiguration(Cadence.CadenceOptions.Section);
        services.AddScoped<Cadence.CadenceService>();
        services.AddScoped<Cadence.CadenceWarningHandler>();
        services.AddHostedService<Cadence.CadenceWarningService>();
        services.AddSingleton(new Shared.BackOffice.DashboardPanel(typeof(Cadence.CadencePanel), 20));
        Media.MediaModule.AddMediaLibrary(services);
        services.AddPublishedPosts();
        services.AddScoped<Contracts.IPostContent, Delivery.PostContentReader>();
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
        api.MapEditorialCalendar();
        api.MapPosts();
        api.MapPostWorkflow();
        api.MapPostRevisions();
        api.MapProposals();
        api.MapTopics();
        api.MapCadence();
        api.MapLegacyText();
        Media.Library.MediaEndpoints.MapMediaLibrary(api);
        api.MapPostSearch();
    }

    /// <summary>The media library's files at <c>/media/...</c> (public, outside the API).</summary>
    public static void MapNewsroomFiles(this IEndpointRouteBuilder app) => Media.Serving.MediaFileEndpoints.MapMediaFiles(app);
}
