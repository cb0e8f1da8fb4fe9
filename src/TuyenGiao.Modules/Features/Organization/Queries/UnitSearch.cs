using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Components;

namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>The shared unit picker's search: the hierarchy's name search within the units the signed-in person may act on.</summary>
internal sealed class UnitSearch(IOperationScopes scopes) : IUnitSearch
{
    public async Task<IReadOnlyList<UnitChoice>> SearchAsync(string? text, string? permission, IReadOnlyList<int>? roots, int max, CancellationToken ct)
    {
        await using var scope = await scopes.CreateAsync();
        var sp = scope.ServiceProvider;
        roots ??= await sp.GetRequiredService<IAccessScope>().RootsAsync(permission is null ? Permission.ViewUnits : Enum.Parse<Permission>(permission), ct);
        if (roots is { Count: 0 })
        {
            return [];
        }

        var found = await sp.GetRequiredService<IOrgHierarchy>().SearchAsync(text, roots, max, ct);
        return found.Select(u => new UnitChoice(u.Id, u.Name, u.ParentName)).ToList();
    }
}
