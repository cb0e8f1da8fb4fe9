using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Planning.Guidance;
using TuyenGiao.Modules.Features.Planning.Ics;
using TuyenGiao.Modules.Features.Planning.Lunar;
using TuyenGiao.Modules.Features.Planning.Observances;
using TuyenGiao.Modules.Features.Planning.Occurrences;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Planning;

/// <summary>The observance calendar on the solar and Vietnamese lunar calendars, its API, iCalendar feeds and pages.</summary>
public static class PlanningModule
{
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<ObservanceService>();
        services.AddScoped<OccurrenceQueries>();
        services.AddScoped<Plans.UnitAccess>().AddScoped<Plans.PlanService>().AddSingleton(new BackOfficeMenuItem("UiMenuPlans", "/quan-tri/ke-hoach", MudBlazor.Icons.Material.Filled.Assignment, 31));
        services.AddScoped<MediaPartners.MediaPartnerService>().AddSingleton(new BackOfficeMenuItem("UiMenuMediaPartners", "/quan-tri/doi-tac-truyen-thong", MudBlazor.Icons.Material.Filled.Newspaper, 32));
        services.AddScoped<CongressTerms.CongressTermService>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuObservances", "/quan-tri/lich-ngay-le", MudBlazor.Icons.Material.Filled.Event, 30));
        services.AddGuidanceAndCampaigns();
        return services;
    }

    /// <summary>Seeds the observances everyone follows on the first start (called by the host on start).</summary>
    public static async Task SeedPlanningAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await Seeding.ObservanceSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), services.GetRequiredService<TimeProvider>(), ct);
        await services.SeedCampaignsAsync(ct);
        await CongressTerms.CongressTermSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), services.GetRequiredService<Organization.Contracts.IOrgHierarchy>(), services.GetRequiredService<TimeProvider>(), ct);
    }

    public static void MapPlanning(this IEndpointRouteBuilder api)
    {
        api.MapLunarCalendar();
        api.MapOccurrences();
        api.MapObservanceFeeds();
        api.MapObservances();
        api.MapGuidanceAndCampaigns();
        Plans.PlanEndpoints.MapPlans(api);
        MediaPartners.MediaPartnerEndpoints.MapMediaPartners(api);
        CongressTerms.CongressTermEndpoints.MapCongressTerms(api);
    }
}
