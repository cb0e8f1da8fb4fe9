using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>Media partners, agreements and commissioned pieces through <c>/api/v1/media-partners</c>.</summary>
public abstract class MediaPartnerApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Partners = "/api/v1/media-partners";

    [Fact]
    public async Task Partner_agreements_and_pieces_round_trip_and_overdue_pieces_are_flagged_and_filtered()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var today = PlanningTestTree.Today;
        var plan = (await admin.PostJsonAsync("/api/v1/plans", CommunicationPlanApiTests<TFixture>.PlanBody(tree.Upper, "Kế hoạch phối hợp báo chí", null, today), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var partner = await admin.PostJsonAsync(Partners, new { unitId = tree.Upper, name = "Báo Bắc Kạn", kind = "Newspaper", contactName = "Phòng Thời sự", phone = "0209 3870 123", email = "toasoan@baobackan.vn", website = "https://baobackan.vn" }, HttpStatusCode.Created);
        var id = partner.GetProperty("id").GetInt32();
        Assert.Equal("Newspaper", partner.GetProperty("kind").GetString());

        var agreement = await admin.PostJsonAsync($"{Partners}/{id}/agreements", new { title = "Hợp đồng tuyên truyền năm 2026", startDate = PlanningTestTree.Iso(today.AddDays(-30)), endDate = PlanningTestTree.Iso(today.AddDays(300)), value = 120_000_000, terms = "12 tin, bài mỗi quý", attachmentUrl = "https://example.vn/hop-dong.pdf" }, HttpStatusCode.Created);
        Assert.True(agreement.GetProperty("current").GetBoolean());
        Assert.Equal(120_000_000, agreement.GetProperty("value").GetInt64());

        async Task<int> PieceAsync(string title, DateOnly due, string status, int? planId = null) =>
            (await admin.PostJsonAsync($"{Partners}/{id}/pieces", new { title, dueDate = PlanningTestTree.Iso(due), status, planId, cost = 2_500_000 }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var late = await PieceAsync("Phóng sự Tháng Công nhân", today.AddDays(-2), "InProgress", plan);
        var published = await PieceAsync("Bài viết Ngày 28/7", today.AddDays(-2), "Published");
        var cancelled = await PieceAsync("Tọa đàm bị hủy", today.AddDays(-5), "Cancelled");
        var coming = await PieceAsync("Chuyên trang cuối năm", today.AddDays(10), "Planned");

        var all = await admin.GetJsonAsync($"{Partners}/{id}/pieces");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        var flags = all.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetInt32(), p => p.GetProperty("overdue").GetBoolean());
        Assert.True(flags[late]);
        Assert.False(flags[published]);
        Assert.False(flags[cancelled]);
        Assert.False(flags[coming]);

        var overdue = await admin.GetJsonAsync($"{Partners}/pieces?under={tree.Federation}&overdue=true");
        var only = Assert.Single(overdue.GetProperty("items").EnumerateArray());
        Assert.Equal(late, only.GetProperty("id").GetInt32());
        Assert.Equal("Kế hoạch phối hợp báo chí", only.GetProperty("planTitle").GetString());
        Assert.Equal("Báo Bắc Kạn", only.GetProperty("partnerName").GetString());
        Assert.Equal(1, (await admin.GetJsonAsync($"{Partners}/{id}")).GetProperty("overduePieces").GetInt32());
        Assert.Equal(1, (await admin.GetJsonAsync($"{Partners}/pieces?planId={plan}")).GetProperty("total").GetInt32());

        var done = await (await admin.PutAsJsonAsync($"{Partners}/{id}/pieces/{late}", new { title = "Phóng sự Tháng Công nhân", dueDate = PlanningTestTree.Iso(today.AddDays(-2)), status = "Published", publishedUrl = "https://baobackan.vn/phong-su", publishedOn = PlanningTestTree.Iso(today), cost = 2_500_000, planId = plan })).ExpectAsync(HttpStatusCode.OK);
        Assert.False(done.GetProperty("overdue").GetBoolean());
        Assert.Equal(0, (await admin.GetJsonAsync($"{Partners}/pieces?under={tree.Federation}&overdue=true")).GetProperty("total").GetInt32());

        var list = await admin.GetJsonAsync($"{Partners}?under={tree.Federation}&q=bao%20bac%20kan");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());

        await (await admin.DeleteAsync($"{Partners}/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"{Partners}/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CommissionedPiece>().CountAsync(p => p.PartnerId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<MediaAgreement>().CountAsync(a => a.PartnerId == id)));
    }

    [Fact]
    public async Task Another_units_editor_gets_404_and_bad_input_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var id = (await admin.PostJsonAsync(Partners, new { unitId = tree.GrassrootsA, name = "Đài Phát thanh - Truyền hình Bắc Kạn", kind = "RadioTv" }, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var editorB = await app.ClientWithRoleAsync(AppRole.Editor, tree.GrassrootsB);
        await (await editorB.GetAsync($"{Partners}/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.GetAsync($"{Partners}/{id}/pieces")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.PostAsJsonAsync($"{Partners}/{id}/pieces", new { title = "Chen", dueDate = "2026-12-01" })).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.PutAsJsonAsync($"{Partners}/{id}", new { unitId = tree.GrassrootsB, name = "Đổi tên", kind = "Online" })).ExpectAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await editorB.GetJsonAsync(Partners)).GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);

        var before = await app.WithDbAsync(async db => (await db.Set<MediaPartner>().CountAsync(), await db.Set<MediaAgreement>().CountAsync(), await db.Set<CommissionedPiece>().CountAsync()));
        var partnerProblem = await (await admin.PostAsJsonAsync(Partners, new { unitId = tree.GrassrootsA, name = "", kind = "Magazine", email = "khong-phai-email", website = "ftp://x" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["name", "kind", "email", "website"], partnerProblem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        var agreementProblem = await (await admin.PostAsJsonAsync($"{Partners}/{id}/agreements", new { title = "Hợp đồng", startDate = "2026-12-31", endDate = "2026-01-01", value = -1 })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["endDate", "value"], agreementProblem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        var pieceProblem = await (await admin.PostAsJsonAsync($"{Partners}/{id}/pieces", new { title = "Bài", status = "Lost", planId = 987_654 })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["dueDate", "status", "planId"], pieceProblem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.Set<MediaPartner>().CountAsync(), await db.Set<MediaAgreement>().CountAsync(), await db.Set<CommissionedPiece>().CountAsync())));
        Assert.Equal("Đài Phát thanh - Truyền hình Bắc Kạn", (await admin.GetJsonAsync($"{Partners}/{id}")).GetProperty("name").GetString());
    }
}

public sealed class MediaPartnerApiTests_Sqlite(SqliteAppFixture app) : MediaPartnerApiTests<SqliteAppFixture>(app);

public sealed class MediaPartnerApiTests_Postgres(PostgresAppFixture app) : MediaPartnerApiTests<PostgresAppFixture>(app);
