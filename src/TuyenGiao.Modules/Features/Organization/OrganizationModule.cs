using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Api;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Import;
using TuyenGiao.Modules.Features.Organization.Kinds;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.BackOffice;
using TuyenGiao.Modules.Shared.Components;

namespace TuyenGiao.Modules.Features.Organization;

/// <summary>The union hierarchy as time-versioned data: units, kinds, restructuring, import.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<IOrgHierarchy, OrgHierarchy>();
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<IUnitSearch, UnitSearch>();
        services.AddScoped<OrgRestructuringService>();
        services.AddScoped<Seeding.OrgDemoSeeder>();
        services.AddScoped<Kinds.OrgUnitKindService>();
        services.AddScoped<OrgImportValidator>();
        services.AddScoped<OrgImportTemplate>();
        services.AddScoped<OrgUnitImporter>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuUnits", "/quan-tri/don-vi", MudBlazor.Icons.Material.Filled.AccountTree, 10));
        services.AddSingleton(new BackOfficeMenuItem("OrgImportMenu", "/quan-tri/don-vi/nhap", MudBlazor.Icons.Material.Filled.UploadFile, 12, RequiredPermission: nameof(Permission.ManageUnits)));
        services.AddSingleton(new BackOfficeMenuItem("UiMenuKinds", "/quan-tri/loai-don-vi", MudBlazor.Icons.Material.Filled.Category, 11, SystemAdminOnly: true));
        return services;
    }

    /// <summary>Seeds what an empty database needs (the unit kinds) and the demo federation unless Seed:Demo=false (called by the host on start).</summary>
    public static async Task SeedOrganizationAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await Seeding.OrgKindSeeder.SeedAsync(services.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>(), ct);
        await services.GetRequiredService<Seeding.OrgDemoSeeder>().SeedAsync(ct);
    }

    public static void MapOrganization(this IEndpointRouteBuilder api)
    {
        api.MapOrgUnits();
        api.MapOrgUnitKinds();
        api.MapImportOrgUnits();
    }
}
