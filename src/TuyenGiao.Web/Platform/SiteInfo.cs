using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Web.Platform;

/// <summary>What the public site shows as its owner: the first root federation's name today.</summary>
internal sealed class SiteInfo(IServiceScopeFactory scopes)
{
    private string? name;
    private DateTimeOffset loadedAt;

    public string FederationName
    {
        get
        {
            if (name is null || DateTimeOffset.UtcNow - loadedAt > TimeSpan.FromMinutes(1))
            {
                using var scope = scopes.CreateScope();
                var roots = scope.ServiceProvider.GetRequiredService<IOrgHierarchy>().GetRootsAsync().GetAwaiter().GetResult();
                name = roots.Count > 0 ? roots[0].Name : "TuyenGiao";
                loadedAt = DateTimeOffset.UtcNow;
            }

            return name;
        }
    }
}
