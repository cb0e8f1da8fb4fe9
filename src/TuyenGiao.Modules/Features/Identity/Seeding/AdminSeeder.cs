using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Identity.Passwords;

namespace TuyenGiao.Modules.Features.Identity.Seeding;

/// <summary>Creates the first administrator (system-wide) when there is no account yet.</summary>
internal sealed class AdminSeeder(AppDbContext db, UserManager<AppUser> users, IOptions<SeedAdminOptions> options, TimeProvider time, ILogger<AdminSeeder> logger)
{
    /// <summary>Returns the generated password when one was generated, else null.</summary>
    public async Task<(string Email, string? GeneratedPassword)?> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return null;
        }

        var email = options.Value.AdminEmail.Trim();
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = PasswordGenerator.Generate();
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Quản trị hệ thống",
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seed:AdminPassword was refused: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        db.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Administrator, UnitId = null, CreatedAt = time.GetUtcNow().UtcDateTime });
        db.Add(new AuditEntry { At = time.GetUtcNow().UtcDateTime, Action = "user.seed-admin", EntityType = "User", EntityId = user.Id, UserName = "system", Details = email });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created the first administrator {Email}", email);
        return (email, generated ? password : null);
    }
}
