using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Access;
using TuyenGiao.Modules.Features.Identity.Audit;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Identity.SignIn;

/// <summary>
/// Checks a password with lockout and writes the sign-in to the audit log. Shared by the API
/// (bearer token) and the back-office page (cookie): the caller picks the scheme.
/// </summary>
public sealed class SignInService
{
    private readonly SignInManager<AppUser> signIn;
    private readonly UserManager<AppUser> users;
    private readonly AppDbContext db;
    private readonly IHttpContextAccessor http;
    private readonly TimeProvider time;
    private readonly UnitDirectory units;

    public SignInService(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, IHttpContextAccessor http, TimeProvider time, UnitDirectory units)
    {
        this.units = units;
        this.signIn = signIn;
        this.users = users;
        this.db = db;
        this.http = http;
        this.time = time;
    }

    /// <summary>Signs in with <paramref name="scheme"/>; throws a problem (401, 423) a person can read.</summary>
    public async Task SignInAsync(string? email, string? password, string scheme, bool persistent = false)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add(new FieldError("email", Messages.Get("Required", "email")));
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new FieldError("password", Messages.Get("Required", "password")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var user = await users.FindByEmailAsync(email!.Trim());
        if (user is null || user.IsDisabled)
        {
            await AuditAsync(AuditActions.SignInFailed, user?.Id, email.Trim(), user is null ? "unknown account" : "disabled");
            throw new AppProblemException(401, Messages.Get("IdSignInFailed"), Messages.Get("IdSignInFailedDetail"));
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password!, persistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AuditAsync(AuditActions.SignIn, user.Id, user.Email, scheme);
            return;
        }

        if (result.IsLockedOut)
        {
            var until = user.LockoutEnd?.UtcDateTime ?? time.GetUtcNow().UtcDateTime;
            await AuditAsync(AuditActions.LockedOut, user.Id, user.Email, VietnamTime.Format(until));
            throw new AppProblemException(423, Messages.Get("IdLockedOut"), Messages.Get("IdLockedOutDetail", VietnamTime.Format(until)));
        }

        await AuditAsync(AuditActions.SignInFailed, user.Id, user.Email, "wrong password");
        throw new AppProblemException(401, Messages.Get("IdSignInFailed"), Messages.Get("IdSignInFailedDetail"));
    }

    private async Task AuditAsync(string action, string? userId, string? userName, string details)
    {
        // Filed under the unit covering the account's roles, so the administrators of that subtree see it.
        int? unitId = null;
        if (userId is not null)
        {
            var unitIds = await db.Set<RoleAssignment>().AsNoTracking().Where(a => a.UserId == userId).Select(a => a.UnitId).ToListAsync();
            unitId = unitIds.Count == 0 ? null : await units.CoverAsync(unitIds);
        }

        db.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = "User",
            EntityId = userId,
            UnitId = unitId,
            Details = details,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }
}
