using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.Modules.Features.Identity.Access;

internal sealed class RoleHolders(AppDbContext db) : IRoleHolders
{
    public async Task<IReadOnlyList<RoleHolder>> OnUnitAsync(int unitId, Permission permission, CancellationToken ct = default)
    {
        var roles = Enum.GetValues<AppRole>().Where(r => RolePermissions.Grants(r, permission)).ToList();
        return await (
                from a in db.Set<RoleAssignment>()
                join u in db.Users on a.UserId equals u.Id
                where a.UnitId == unitId && roles.Contains(a.Role) && !u.IsDisabled
                select new RoleHolder(u.Id, u.Email, u.FullName))
            .Distinct()
            .ToListAsync(ct);
    }
}
