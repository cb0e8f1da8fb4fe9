using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Organization.Api;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Features.Organization.Restructure;

namespace TuyenGiao.Modules.Features.Organization;

/// <summary>The union hierarchy as time-versioned data: units, kinds, restructuring, import.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<IOrgHierarchy, OrgHierarchy>();
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<OrgRestructuringService>();
        services.AddScoped<Seeding.OrgDemoSeeder>();
        return services;
    }

    public static void MapOrganization(this IEndpointRouteBuilder api)
    {
        api.MapOrgUnits();
    }
}
