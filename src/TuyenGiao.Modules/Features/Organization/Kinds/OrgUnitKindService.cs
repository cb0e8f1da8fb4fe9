using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Organization.Kinds;

/// <summary>The editable list of unit kinds. Anyone signed in reads it; system administrators edit it.</summary>
public sealed partial class OrgUnitKindService(AppDbContext db, IAccessScope access, IAuditLog audit)
{
    public async Task<IReadOnlyList<OrgUnitKindItem>> ListAsync(CancellationToken ct = default) =>
        await db.Set<OrgUnitKind>().AsNoTracking().OrderBy(k => k.Level).ThenBy(k => k.SortOrder).ThenBy(k => k.Id)
            .Select(k => new OrgUnitKindItem(k.Id, k.Code, k.Name, k.NameEn, k.Level, k.SortOrder, k.IsActive))
            .ToListAsync(ct);

    public async Task<OrgUnitKindItem> CreateAsync(SaveOrgUnitKindRequest request, CancellationToken ct = default)
    {
        await EnsureSystemAdminAsync(ct);
        var errors = new List<FieldError>();
        var code = (request.Code ?? string.Empty).Trim();
        if (code.Length == 0)
        {
            errors.Add(new FieldError("code", Messages.Get("Required", "code")));
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(new FieldError("code", Messages.Get("OrgKindCodeFormat")));
        }
        else if (await db.Set<OrgUnitKind>().AnyAsync(k => k.Code == code, ct))
        {
            errors.Add(new FieldError("code", Messages.Get("OrgKindCodeTaken", code)));
        }

        var name = Validate(request, errors);
        if (request.Level is null)
        {
            errors.Add(new FieldError("level", Messages.Get("Required", "level")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var kind = new OrgUnitKind
        {
            Code = code,
            Name = name,
            NameEn = VietnameseText.CleanLine(request.NameEn) is { Length: > 0 } en ? en : null,
            Level = request.Level!.Value,
            SortOrder = request.SortOrder ?? 100,
            IsActive = request.IsActive ?? true,
        };
        db.Add(kind);
        audit.Record("org.kind-create", "OrgUnitKind", code, null, name);
        await db.SaveChangesAsync(ct);
        return new OrgUnitKindItem(kind.Id, kind.Code, kind.Name, kind.NameEn, kind.Level, kind.SortOrder, kind.IsActive);
    }

    public async Task<OrgUnitKindItem> UpdateAsync(int id, SaveOrgUnitKindRequest request, CancellationToken ct = default)
    {
        await EnsureSystemAdminAsync(ct);
        var kind = await db.Set<OrgUnitKind>().FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw AppProblemException.NotFound();
        var errors = new List<FieldError>();
        if (request.Code is { } code && code.Trim() != kind.Code)
        {
            errors.Add(new FieldError("code", Messages.Get("OrgKindCodeFixed")));
        }

        if (request.Level is { } level && level != kind.Level && await db.Set<OrgUnitVersion>().AnyAsync(v => v.KindId == id, ct))
        {
            errors.Add(new FieldError("level", Messages.Get("OrgKindLevelInUse")));
        }

        var name = Validate(request, errors);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        kind.Name = name;
        kind.NameEn = VietnameseText.CleanLine(request.NameEn) is { Length: > 0 } en ? en : null;
        kind.Level = request.Level ?? kind.Level;
        kind.SortOrder = request.SortOrder ?? kind.SortOrder;
        kind.IsActive = request.IsActive ?? kind.IsActive;
        audit.Record("org.kind-update", "OrgUnitKind", kind.Code, null, name);
        await db.SaveChangesAsync(ct);
        return new OrgUnitKindItem(kind.Id, kind.Code, kind.Name, kind.NameEn, kind.Level, kind.SortOrder, kind.IsActive);
    }

    private static string Validate(SaveOrgUnitKindRequest request, List<FieldError> errors)
    {
        var name = VietnameseText.CleanLine(request.Name);
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", Messages.Get("Required", "name")));
        }
        else if (name.Length > 200)
        {
            errors.Add(new FieldError("name", Messages.Get("TooLong", "name", 200)));
        }

        if (request.Level is { } level && !Enum.IsDefined(level))
        {
            errors.Add(new FieldError("level", Messages.Get("OrgBadLevel", level)));
        }

        return name;
    }

    private async Task EnsureSystemAdminAsync(CancellationToken ct)
    {
        if (await access.RootsAsync(Permission.ManageUnits, ct) is not null)
        {
            throw AppProblemException.Forbidden();
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,63}$")]
    private static partial Regex CodePattern();
}
