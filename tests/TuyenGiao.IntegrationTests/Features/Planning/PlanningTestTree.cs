using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>A small tree of its own for plan, media-partner and congress-term tests: a federation, an upper-level union and two grassroots unions.</summary>
public sealed record PlanningTestTree(int Federation, int Upper, int GrassrootsA, int GrassrootsB)
{
    public static async Task<PlanningTestTree> CreateAsync(HttpClient admin)
    {
        var federation = await admin.CreateFederationAsync();
        var upper = await admin.CreateUnitAsync(OrgApi.Unique("Liên đoàn Lao động huyện Thử"), "DistrictFederation", federation);
        var a = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở Trường Tiểu học A"), "GrassrootsUnion", upper);
        var b = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở Trường Mầm non B"), "GrassrootsUnion", upper);
        return new PlanningTestTree(federation, upper, a, b);
    }

    /// <summary>Today in Vietnam, as the server judges deadlines.</summary>
    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
