using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Modules.Features.Identity.Access;

internal sealed class UserNames(AppDbContext db) : IUserNames
{
    public async Task<string?> FullNameAsync(string userId, CancellationToken ct = default)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }
}
