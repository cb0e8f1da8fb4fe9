using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TuyenGiao.Modules.Features.Planning.Campaigns;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>Services, menu entries and endpoints of guidance and campaigns (one line each in PlanningModule).</summary>
internal static class GuidanceRegistration
{
    public static IServiceCollection AddGuidanceAndCampaigns(this IServiceCollection services)
    {
        services.AddScoped<GuidanceService>();
        services.AddScoped<CampaignService>();
        services.TryAddScoped<IGuidanceReminders, NotifierGuidanceReminders>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuGuidances", "/quan-tri/huong-dan", MudBlazor.Icons.Material.Filled.Campaign, 32));
        services.AddSingleton(new BackOfficeMenuItem("UiMenuGuidanceTasks", "/quan-tri/huong-dan-can-bao-cao", MudBlazor.Icons.Material.Filled.AssignmentTurnedIn, 33));
        services.AddSingleton(new BackOfficeMenuItem("UiMenuCampaigns", "/quan-tri/chuong-trinh", MudBlazor.Icons.Material.Filled.Flag, 34));
        return services;
    }

    /// <summary>The demo federation's four campaigns, on an empty table.</summary>
    public static Task SeedCampaignsAsync(this IServiceProvider services, CancellationToken ct = default) =>
        CampaignSeeder.SeedAsync(
            services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(),
            services.GetRequiredService<TuyenGiao.Modules.Features.Organization.Contracts.IOrgHierarchy>(),
            services.GetRequiredService<TimeProvider>(),
            ct);

    public static void MapGuidanceAndCampaigns(this IEndpointRouteBuilder api)
    {
        api.MapGuidances();
        api.MapCampaigns();
    }
}
