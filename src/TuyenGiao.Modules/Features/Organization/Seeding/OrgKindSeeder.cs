using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>The default list of unit kinds, added once to an empty list; editable afterwards.</summary>
internal static class OrgKindSeeder
{
    public static readonly (string Code, string Name, string NameEn, OrgLevel Level)[] Defaults =
    [
        ("Federation", "Liên đoàn Lao động tỉnh, thành phố", "Provincial federation of labour", OrgLevel.Federation),
        ("DistrictFederation", "Liên đoàn Lao động huyện, thành phố", "District or city federation of labour", OrgLevel.UpperUnion),
        ("SectorUnion", "Công đoàn ngành", "Sector union", OrgLevel.UpperUnion),
        ("IndustrialZoneUnion", "Công đoàn các Khu công nghiệp", "Industrial-zone union", OrgLevel.UpperUnion),
        ("CommuneUnion", "Công đoàn xã, phường", "Commune or ward union", OrgLevel.UpperUnion),
        ("GrassrootsUnion", "Công đoàn cơ sở", "Grassroots union", OrgLevel.GrassrootsUnion),
        ("UnionGroup", "Tổ công đoàn", "Union group", OrgLevel.UnionGroup),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Set<OrgUnitKind>().AnyAsync(ct))
        {
            return;
        }

        var order = 0;
        foreach (var (code, name, nameEn, level) in Defaults)
        {
            db.Add(new OrgUnitKind { Code = code, Name = name, NameEn = nameEn, Level = level, SortOrder = ++order });
        }

        await db.SaveChangesAsync(ct);
    }
}
