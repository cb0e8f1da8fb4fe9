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
                // Off the caller's synchronization context: Blazor's renderer blocks its dispatcher
                // here, and the query's continuations (no ConfigureAwait(false)) would wait for it
                // forever (a hang seen on PostgreSQL when "/" was rendered).
                var roots = Task.Run(async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<IOrgHierarchy>().GetRootsAsync();
                }).GetAwaiter().GetResult();
                name = roots.Count > 0 ? roots[0].Name : "TuyenGiao";
                loadedAt = DateTimeOffset.UtcNow;
            }

            return name;
        }
    }
}
