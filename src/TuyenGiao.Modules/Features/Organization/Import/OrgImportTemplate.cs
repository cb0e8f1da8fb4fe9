using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;
using C = TuyenGiao.Modules.Features.Organization.Import.OrgImportColumns;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// The template workbook: sheet "Đơn vị" with the header row and two example rows under a unit
/// the caller manages (one naming the kind by code, one by its Vietnamese name), sheet "Loại
/// đơn vị" listing the kinds, and a short guide.
/// </summary>
internal sealed class OrgImportTemplate(AppDbContext db, IAccessScope access, TimeProvider time)
{
    public async Task<byte[]> BuildAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var kinds = await db.Set<OrgUnitKind>().AsNoTracking().Where(k => k.IsActive).OrderBy(k => k.Level).ThenBy(k => k.SortOrder).ToListAsync(ct);
        var parent = await ExampleParentAsync(today, ct);
        var childLevel = parent is null ? OrgLevel.Federation : parent.Value.Level + 1;
        var childKind = kinds.FirstOrDefault(k => k.Level == childLevel) ?? kinds.LastOrDefault();

        var units = new List<Dictionary<string, object?>>
        {
            ExampleRow("VD-001", Messages.Get(ExampleKey(childLevel) + "1"), childKind?.Code, parent?.Code, 35, "0209 3123 456", "congdoan.vidu@example.vn", today),
            ExampleRow("VD-002", Messages.Get(ExampleKey(childLevel) + "2"), childKind?.Name, parent?.Code, 120, null, null, today),
        };

        var kindRows = kinds.Select(k => new Dictionary<string, object?>
        {
            [C.KindCode] = k.Code,
            [C.KindName] = k.Name,
            [C.KindLevel] = Messages.Get("OrgImportLevel" + ((int)k.Level).ToString(CultureInfo.InvariantCulture)),
        }).ToList();

        var guide = C.All.Select(c => new Dictionary<string, object?>
        {
            [Messages.Get("OrgImportGuideColumn")] = c.Header,
            [Messages.Get("OrgImportGuideRequired")] = Messages.Get(c.Header switch
            {
                C.Code or C.Name or C.Kind => "OrgImportGuideYes",
                C.ParentCode => "OrgImportGuideMostly",
                _ => "OrgImportGuideNo",
            }),
            [Messages.Get("OrgImportGuideHow")] = Messages.Get(GuideKey(c.Header), OrgUnitImporter.MaxRows),
        }).ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(
            new Dictionary<string, object>
            {
                [C.UnitsSheet] = units,
                [C.KindsSheet] = kindRows,
                [C.GuideSheet] = guide,
            },
            excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> ExampleRow(string code, string name, string? kind, string? parentCode, int members, string? phone, string? email, DateOnly date) => new()
    {
        [C.Code] = code,
        [C.Name] = name,
        [C.ShortName] = name.Replace("Công đoàn cơ sở ", "CĐCS ", StringComparison.Ordinal),
        [C.Kind] = kind,
        [C.ParentCode] = parentCode,
        [C.MemberCount] = members,
        [C.Phone] = phone,
        [C.Email] = email,
        [C.Address] = null,
        [C.EffectiveDate] = VietnamTime.Format(date),
    };

    /// <summary>
    /// A unit with a code the caller manages, preferring an upper-level union (the usual parent
    /// of imported grassroots unions), then the highest level.
    /// </summary>
    private async Task<(string Code, OrgLevel Level)?> ExampleParentAsync(DateOnly today, CancellationToken ct)
    {
        var versions = db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => v.ValidFrom <= today && v.ValidTo > today && v.Unit!.Code != null && v.Kind!.Level < OrgLevel.UnionGroup);
        var roots = await access.RootsAsync(Permission.ManageUnits, ct);
        if (roots is not null)
        {
            var paths = await db.Set<OrgUnitVersion>().AsNoTracking()
                .Where(v => roots.Contains(v.UnitId) && v.ValidFrom <= today && v.ValidTo > today)
                .Select(v => v.Path)
                .ToListAsync(ct);
            if (paths.Count == 0)
            {
                return null;
            }

            var first = paths[0];
            versions = paths.Count == 1 ? versions.UnderPath(first) : versions.Where(v => roots.Contains(v.UnitId));
        }

        var pick = await versions
            .OrderBy(v => v.Kind!.Level == OrgLevel.UpperUnion ? 0 : 1)
            .ThenBy(v => v.Kind!.Level)
            .ThenBy(v => v.SearchText)
            .Select(v => new { Code = v.Unit!.Code!, v.Kind!.Level })
            .FirstOrDefaultAsync(ct);
        return pick is null ? null : (pick.Code, pick.Level);
    }

    private static string ExampleKey(OrgLevel level) => level switch
    {
        OrgLevel.Federation => "OrgImportExampleFederation",
        OrgLevel.UpperUnion => "OrgImportExampleUpper",
        OrgLevel.GrassrootsUnion => "OrgImportExampleGrassroots",
        _ => "OrgImportExampleGroup",
    };

    private static string GuideKey(string header) => header switch
    {
        C.Code => "OrgImportGuideCode",
        C.Name => "OrgImportGuideName",
        C.ShortName => "OrgImportGuideShortName",
        C.Kind => "OrgImportGuideKind",
        C.ParentCode => "OrgImportGuideParent",
        C.MemberCount => "OrgImportGuideMembers",
        C.Phone => "OrgImportGuidePhone",
        C.Email => "OrgImportGuideEmail",
        C.Address => "OrgImportGuideAddress",
        _ => "OrgImportGuideDate",
    };
}
