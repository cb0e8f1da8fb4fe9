using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Access;
using TuyenGiao.Modules.Features.Identity.Audit;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Identity.Passwords;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>
/// Accounts and their scoped roles, for the API and the back-office alike. A caller manages an
/// account when every one of the account's roles lies in a subtree where the caller holds
/// <see cref="Permission.ManageUsers"/> (system administrators manage everyone); other accounts
/// answer 404. Roles can be granted only inside the caller's subtrees; system-wide roles only by a
/// system administrator. Each change is audited in the same transaction.
/// </summary>
public sealed class UserAdminService
{
    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 200;
    public const int MaxRoles = 50;

    private readonly AppDbContext db;
    private readonly UserManager<AppUser> users;
    private readonly IAccessScope access;
    private readonly IAuditLog audit;
    private readonly UnitDirectory units;
    private readonly TimeProvider time;

    public UserAdminService(AppDbContext db, UserManager<AppUser> users, IAccessScope access, IAuditLog audit, UnitDirectory units, TimeProvider time)
    {
        this.db = db;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.units = units;
        this.time = time;
    }

    /// <summary>Where the caller manages accounts; 403 when nowhere.</summary>
    public async Task<ManagerScope> ScopeAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.ManageUsers, ct);
        if (roots is { Count: 0 })
        {
            throw AppProblemException.Forbidden();
        }

        return new ManagerScope(access.UserId, roots);
    }

    public async Task<PagedResult<UserItem>> ListAsync(UserListQuery query, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var page = query.Page ?? new PageQuery(1, 50);
        var assignments = db.Set<RoleAssignment>().AsNoTracking();
        IQueryable<AppUser> list = db.Users.AsNoTracking();
        List<int>? assignedUnits = null;

        if (!scope.IsSystemAdmin)
        {
            assignedUnits = await AssignedUnitsAsync(ct);
            var managed = (await units.WithinAsync(assignedUnits, scope.Roots!, ct)).ToList();
            list = list.Where(u => assignments.Any(a => a.UserId == u.Id)
                && !assignments.Any(a => a.UserId == u.Id && (a.UnitId == null || !managed.Contains(a.UnitId.Value))));
        }

        if (query.UnitId is { } unitId)
        {
            await access.EnsureAsync(Permission.ManageUsers, unitId, ct);
            assignedUnits ??= await AssignedUnitsAsync(ct);
            var under = (await units.WithinAsync(assignedUnits, [unitId], ct)).ToList();
            list = list.Where(u => assignments.Any(a => a.UserId == u.Id && a.UnitId != null && under.Contains(a.UnitId.Value)));
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            list = list.Where(u => u.SearchText.Contains(folded));
        }

        var total = await list.CountAsync(ct);
        var rows = await list.OrderBy(u => u.SearchText).ThenBy(u => u.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<UserItem>(await ToItemsAsync(rows, ct), total);
    }

    public async Task<UserItem> GetAsync(string id, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, _) = await LoadManagedAsync(id, scope, ct);
        return await ToItemAsync(user.Id, ct);
    }

    public async Task<CreatedUser> CreateAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var errors = new List<FieldError>();
        var email = (request.Email ?? string.Empty).Trim();
        if (email.Length == 0)
        {
            errors.Add(new FieldError("email", Messages.Get("Required", "email")));
        }
        else if (email.Length > MaxEmailLength)
        {
            errors.Add(new FieldError("email", Messages.Get("TooLong", "email", MaxEmailLength)));
        }
        else if (!IsEmail(email))
        {
            errors.Add(new FieldError("email", Messages.Get("IdErrInvalidEmail", email)));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new FieldError("email", Messages.Get("IdErrDuplicateEmail", email)));
        }

        var fullName = ValidateName(request.FullName, errors);
        var roles = await ValidateRolesAsync(request.Roles, scope, errors, ct);
        var generated = string.IsNullOrEmpty(request.Password);
        var password = generated ? PasswordGenerator.Generate() : request.Password!;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            FullName = fullName ?? string.Empty,
            EmailConfirmed = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        if (!generated)
        {
            errors.AddRange(await PasswordErrorsAsync(user, password));
        }

        ThrowIfAny(errors);
        var cover = roles.Count == 0 ? null : await units.CoverAsync(roles.Select(r => r.UnitId), ct);
        await InTransactionAsync(
            async () =>
            {
                audit.Record(AuditActions.UserCreate, "User", user.Id, cover, $"email={email}; roles={Describe(roles)}");
                ThrowIfFailed(await users.CreateAsync(user, password));
                var now = time.GetUtcNow().UtcDateTime;
                foreach (var (role, unitId) in roles)
                {
                    db.Add(new RoleAssignment { UserId = user.Id, Role = role, UnitId = unitId, CreatedAt = now });
                }

                await db.SaveChangesAsync(ct);
            },
            ct);
        return CreatedUser.From(await ToItemAsync(user.Id, ct), generated ? password : null);
    }

    public async Task<UserItem> UpdateAsync(string id, UpdateUserRequest request, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, current) = await LoadManagedAsync(id, scope, ct);
        var errors = new List<FieldError>();
        var fullName = request.FullName is null ? null : ValidateName(request.FullName, errors);
        if (request.IsDisabled == true && user.Id == scope.UserId)
        {
            errors.Add(new FieldError("isDisabled", Messages.Get("IdCannotDisableSelf")));
        }

        ThrowIfAny(errors);
        var changes = new List<string>();
        if (fullName is not null && fullName != user.FullName)
        {
            changes.Add($"fullName: {user.FullName} -> {fullName}");
        }

        var disabledChanges = request.IsDisabled is { } disabled && disabled != user.IsDisabled;
        if (disabledChanges)
        {
            if (request.IsDisabled == true)
            {
                await EnsureNotLastSystemAdminAsync(user.Id, current, ct);
            }

            changes.Add($"disabled: {user.IsDisabled} -> {request.IsDisabled}".ToLowerInvariant());
        }

        if (changes.Count > 0)
        {
            var action = !disabledChanges ? AuditActions.UserUpdate : request.IsDisabled == true ? AuditActions.UserDisable : AuditActions.UserEnable;
            var cover = await CoverAsync(current, ct);
            await InTransactionAsync(
                async () =>
                {
                    audit.Record(action, "User", user.Id, cover, $"email={user.Email}; " + string.Join("; ", changes));
                    if (fullName is not null)
                    {
                        user.FullName = fullName;
                    }

                    if (disabledChanges)
                    {
                        user.IsDisabled = request.IsDisabled!.Value;

                        // A new security stamp ends the account's cookie sessions at their next check.
                        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
                    }
                    else
                    {
                        ThrowIfFailed(await users.UpdateAsync(user));
                    }
                },
                ct);
        }

        return await ToItemAsync(user.Id, ct);
    }

    public async Task<UserItem> SetRolesAsync(string id, SetUserRolesRequest request, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, current) = await LoadManagedAsync(id, scope, ct);
        var errors = new List<FieldError>();
        if (request.Roles is null)
        {
            errors.Add(new FieldError("roles", Messages.Get("Required", "roles")));
        }

        var roles = await ValidateRolesAsync(request.Roles, scope, errors, ct);
        ThrowIfAny(errors);

        var before = current.Select(a => (a.Role, a.UnitId)).ToList();
        if (before.Contains((AppRole.Administrator, null)) && !roles.Contains((AppRole.Administrator, null)))
        {
            await EnsureNotLastSystemAdminAsync(user.Id, current, ct);
        }

        var removed = current.Where(a => !roles.Contains((a.Role, a.UnitId))).ToList();
        var added = roles.Where(r => !before.Contains(r)).ToList();
        if (removed.Count > 0 || added.Count > 0)
        {
            var cover = await units.CoverAsync(before.Concat(roles).Select(r => r.UnitId), ct);
            await InTransactionAsync(
                async () =>
                {
                    audit.Record(AuditActions.UserRoles, "User", user.Id, cover, $"email={user.Email}; roles: {Describe(before)} -> {Describe(roles)}");
                    db.RemoveRange(removed);
                    var now = time.GetUtcNow().UtcDateTime;
                    foreach (var (role, unitId) in added)
                    {
                        db.Add(new RoleAssignment { UserId = user.Id, Role = role, UnitId = unitId, CreatedAt = now });
                    }

                    await db.SaveChangesAsync(ct);
                },
                ct);
        }

        return await ToItemAsync(user.Id, ct);
    }

    /// <summary>Sets a new password (generated when none is given; then returned once).</summary>
    public async Task<PasswordResetResult> ResetPasswordAsync(string id, ResetPasswordRequest request, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, current) = await LoadManagedAsync(id, scope, ct);
        var generated = string.IsNullOrEmpty(request.Password);
        var password = generated ? PasswordGenerator.Generate() : request.Password!;
        if (!generated)
        {
            ThrowIfAny(await PasswordErrorsAsync(user, password));
        }

        var cover = await CoverAsync(current, ct);
        await InTransactionAsync(
            async () =>
            {
                audit.Record(AuditActions.UserPasswordReset, "User", user.Id, cover, $"email={user.Email}; " + (generated ? "generated" : "set by administrator"));
                user.PasswordHash = users.PasswordHasher.HashPassword(user, password);

                // A new security stamp ends the account's cookie sessions at their next check.
                ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            },
            ct);
        return new PasswordResetResult(generated ? password : null);
    }

    public async Task<UserItem> UnlockAsync(string id, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, current) = await LoadManagedAsync(id, scope, ct);
        var cover = await CoverAsync(current, ct);
        await InTransactionAsync(
            async () =>
            {
                var until = user.LockoutEnd is { } end ? end.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : "none";
                audit.Record(AuditActions.UserUnlock, "User", user.Id, cover, $"email={user.Email}; lockedOutUntil={until}; failedAttempts={user.AccessFailedCount}");
                user.LockoutEnd = null;
                user.AccessFailedCount = 0;
                ThrowIfFailed(await users.UpdateAsync(user));
            },
            ct);
        return await ToItemAsync(user.Id, ct);
    }

    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var (user, current) = await LoadManagedAsync(id, scope, ct);
        if (user.Id == scope.UserId)
        {
            throw AppProblemException.Conflict(Messages.Get("IdCannotDeleteSelf"));
        }

        await EnsureNotLastSystemAdminAsync(user.Id, current, ct);
        var cover = await CoverAsync(current, ct);
        await InTransactionAsync(
            async () =>
            {
                audit.Record(AuditActions.UserDelete, "User", user.Id, cover, $"email={user.Email}; roles={Describe(current.Select(a => (a.Role, a.UnitId)).ToList())}");
                ThrowIfFailed(await users.DeleteAsync(user));
            },
            ct);
    }

    private async Task<(AppUser User, List<RoleAssignment> Current)> LoadManagedAsync(string id, ManagerScope scope, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw AppProblemException.NotFound();
        var current = await db.Set<RoleAssignment>().Where(a => a.UserId == id).ToListAsync(ct);
        if (!await CanManageAsync(scope, current, ct))
        {
            throw AppProblemException.NotFound();
        }

        return (user, current);
    }

    private async Task<bool> CanManageAsync(ManagerScope scope, List<RoleAssignment> assignments, CancellationToken ct)
    {
        if (scope.IsSystemAdmin)
        {
            return true;
        }

        // Accounts without any role, or with a system-wide one, belong to system administrators.
        if (assignments.Count == 0 || assignments.Any(a => a.UnitId is null))
        {
            return false;
        }

        var unitIds = assignments.Select(a => a.UnitId!.Value).Distinct().ToList();
        var within = await units.WithinAsync(unitIds, scope.Roots!, ct);
        return within.Count == unitIds.Count;
    }

    private async Task<List<(AppRole Role, int? UnitId)>> ValidateRolesAsync(IReadOnlyList<RoleAssignmentRequest>? roles, ManagerScope scope, List<FieldError> errors, CancellationToken ct)
    {
        var result = new List<(AppRole Role, int? UnitId)>();
        if (roles is null || roles.Count == 0)
        {
            if (!scope.IsSystemAdmin)
            {
                // An account without roles could only be seen by system administrators again.
                errors.Add(new FieldError("roles", Messages.Get("IdRolesRequired")));
            }

            return result;
        }

        if (roles.Count > MaxRoles)
        {
            errors.Add(new FieldError("roles", Messages.Get("IdTooManyRoles", MaxRoles)));
            return result;
        }

        var forbidden = false;
        for (var i = 0; i < roles.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"roles[{i}]");
            var request = roles[i];
            if (request is null)
            {
                errors.Add(new FieldError(field, Messages.Get("Required", field)));
                continue;
            }

            AppRole? role = null;
            if (string.IsNullOrWhiteSpace(request.Role))
            {
                errors.Add(new FieldError(field + ".role", Messages.Get("Required", "role")));
            }
            else if (ParseRole(request.Role) is { } parsed)
            {
                role = parsed;
            }
            else
            {
                errors.Add(new FieldError(field + ".role", Messages.Get("IdUnknownRole", request.Role.Trim(), string.Join(", ", Enum.GetNames<AppRole>()))));
            }

            var unitOk = true;
            if (request.UnitId is not { } unitId)
            {
                forbidden |= !scope.IsSystemAdmin;
            }
            else
            {
                var unit = await units.GetAsync(unitId, ct);
                if (unit is null)
                {
                    unitOk = false;
                    errors.Add(new FieldError(field + ".unitId", Messages.Get("IdUnknownUnit", unitId)));
                }
                else if (!scope.IsSystemAdmin && !scope.Roots!.Any(unit.IsWithin))
                {
                    unitOk = false;

                    // A unit the caller cannot even see reads as unknown: no hint that it exists.
                    if (await access.CanAsync(Permission.ViewUnits, unitId, ct))
                    {
                        forbidden = true;
                    }
                    else
                    {
                        errors.Add(new FieldError(field + ".unitId", Messages.Get("IdUnknownUnit", unitId)));
                    }
                }
            }

            if (role is { } r && unitOk && !result.Contains((r, request.UnitId)))
            {
                result.Add((r, request.UnitId));
            }
        }

        if (forbidden)
        {
            throw AppProblemException.Forbidden(Messages.Get("IdGrantOutsideScope"));
        }

        return result;
    }

    private static AppRole? ParseRole(string value)
    {
        var name = value.Trim();
        return Enum.GetNames<AppRole>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<AppRole>(match)
            : null;
    }

    private static string? ValidateName(string? value, List<FieldError> errors)
    {
        var name = VietnameseText.CleanLine(value);
        if (name.Length == 0)
        {
            errors.Add(new FieldError("fullName", Messages.Get("Required", "fullName")));
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            errors.Add(new FieldError("fullName", Messages.Get("TooLong", "fullName", MaxNameLength)));
            return null;
        }

        return name;
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.IndexOf('@', StringComparison.Ordinal) > 0;

    private async Task<List<FieldError>> PasswordErrorsAsync(AppUser user, string password)
    {
        var errors = new List<FieldError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => new FieldError("password", e.Description)));
        }

        return errors.DistinctBy(e => e.Message).ToList();
    }

    private async Task EnsureNotLastSystemAdminAsync(string userId, List<RoleAssignment> current, CancellationToken ct)
    {
        if (!current.Any(a => a.Role == AppRole.Administrator && a.UnitId == null))
        {
            return;
        }

        var others = await db.Set<RoleAssignment>().AsNoTracking()
            .AnyAsync(a => a.Role == AppRole.Administrator && a.UnitId == null && a.UserId != userId && db.Users.Any(u => u.Id == a.UserId && !u.IsDisabled), ct);
        if (!others)
        {
            throw AppProblemException.Conflict(Messages.Get("IdLastSystemAdmin"));
        }
    }

    private Task<int?> CoverAsync(List<RoleAssignment> assignments, CancellationToken ct) =>
        assignments.Count == 0 ? Task.FromResult<int?>(null) : units.CoverAsync(assignments.Select(a => a.UnitId), ct);

    private async Task<List<int>> AssignedUnitsAsync(CancellationToken ct) =>
        await db.Set<RoleAssignment>().AsNoTracking().Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).Distinct().ToListAsync(ct);

    private async Task<UserItem> ToItemAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, ct);
        return (await ToItemsAsync([user], ct))[0];
    }

    private async Task<List<UserItem>> ToItemsAsync(List<AppUser> rows, CancellationToken ct)
    {
        var ids = rows.Select(u => u.Id).ToList();
        var assignments = await db.Set<RoleAssignment>().AsNoTracking().Where(a => ids.Contains(a.UserId)).ToListAsync(ct);
        var now = time.GetUtcNow();
        var items = new List<UserItem>(rows.Count);
        foreach (var user in rows)
        {
            var roles = new List<UserRoleItem>();
            foreach (var a in assignments.Where(a => a.UserId == user.Id))
            {
                var name = a.UnitId is { } unitId ? (await units.GetAsync(unitId, ct))?.Name : null;
                roles.Add(new UserRoleItem(a.Role, a.UnitId, name));
            }

            items.Add(new UserItem(
                user.Id,
                user.Email ?? user.UserName ?? string.Empty,
                user.FullName,
                user.IsDisabled,
                user.LockoutEnd is { } end && end > now ? end.UtcDateTime : null,
                roles.OrderBy(r => r.Role).ThenBy(r => r.UnitName, StringComparer.Ordinal).ToList(),
                user.CreatedAt));
        }

        return items;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    await work();
                    await tx.CommitAsync(ct);
                }
                catch
                {
                    await tx.RollbackAsync(CancellationToken.None);
                    throw;
                }
            });
        }
        catch (DbUpdateException)
        {
            throw AppProblemException.Conflict(Messages.Get("IdConcurrentChange"));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var codes = result.Errors.Select(e => e.Code).ToHashSet();
        var errors = result.Errors
            .Where(e => !(e.Code == nameof(IdentityErrorDescriber.DuplicateUserName) && codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail))))
            .Where(e => !(e.Code == nameof(IdentityErrorDescriber.InvalidUserName) && codes.Contains(nameof(IdentityErrorDescriber.InvalidEmail))))
            .Select(e => new FieldError(FieldOf(e.Code), e.Description))
            .ToList();
        if (codes.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw AppProblemException.Conflict(string.Join(" ", errors.Select(e => e.Message)));
        }

        throw AppProblemException.Invalid(errors);
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail)
            or nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => "email",
        _ => string.Empty,
    };

    private static string Describe(IEnumerable<(AppRole Role, int? UnitId)> roles)
    {
        var parts = roles.Select(r => r.Role + "@" + (r.UnitId?.ToString(CultureInfo.InvariantCulture) ?? "*")).ToList();
        return parts.Count == 0 ? "none" : string.Join(",", parts);
    }
}
