using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>Importing units from an Excel sheet: the template, a good sheet, and every way a sheet is refused whole.</summary>
public abstract class ImportOrgUnitsTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
        ["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Mã đơn vị cấp trên", "Số đoàn viên", "Điện thoại", "Email", "Địa chỉ", "Ngày hiệu lực"];

    [Fact]
    public async Task Template_downloads_as_xlsx_with_the_headers_examples_and_kinds()
    {
        var admin = await app.AdminAsync();
        var response = await admin.GetAsync("/api/v1/org-units/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mau-nhap-don-vi.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var stream = new MemoryStream(bytes);
        var sheets = stream.GetSheetNames();
        Assert.Equal("Đơn vị", sheets[0]);
        Assert.Equal("Loại đơn vị", sheets[1]);

        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: "Đơn vị").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Headers, rows[0].Values.Select(v => v?.ToString()).ToArray());
        Assert.Equal(3, rows.Count); // header + two examples
        var parentCode = rows[1]["E"]?.ToString();
        Assert.False(string.IsNullOrEmpty(parentCode));
        Assert.True(await app.WithDbAsync(db => db.Set<OrgUnit>().AnyAsync(u => u.Code == parentCode)), $"example parent {parentCode} exists");

        stream.Position = 0;
        var kinds = stream.Query(useHeaderRow: true, sheetName: "Loại đơn vị").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(kinds, k => k["Mã loại"]?.ToString() == "GrassrootsUnion" && k["Tên loại"]?.ToString() == "Công đoàn cơ sở");
        Assert.Contains(kinds, k => k["Mã loại"]?.ToString() == "CommuneUnion");

        // The template as downloaded is a valid sheet: its two examples pass a preview.
        var preview = await (await PostSheetAsync(admin, bytes, preview: true)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, preview.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Good_sheet_imports_every_unit_as_one_restructuring_even_when_a_parent_row_comes_later()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var sheet = Sheet(
            Row($"{tag}-CS1", $"Công đoàn cơ sở Trường Tiểu học {tag}", "Công đoàn cơ sở", $"{tag}-XA", 28, date: "01/07/2025"),
            Row($"{tag}-CS2", $"Công đoàn cơ sở Công ty {tag}", "GrassrootsUnion", "BK-BT", 42, email: "cd@example.vn", date: "15/03/2024"),
            Row($"{tag}-XA", $"Công đoàn xã {tag}", "CommuneUnion", "BK", 9, date: "01/07/2025"),
            Row($"{tag}-TO", $"Tổ công đoàn Văn phòng {tag}", "UnionGroup", $"{tag}-CS1", 7, date: new DateTime(2025, 8, 1)),
            Row($"{tag}-CS3", $"Công đoàn cơ sở Trạm Y tế {tag}", "grassrootsunion", $"{tag}-XA", "1.200", date: 45870.0));

        var result = await (await PostSheetAsync(admin, sheet, fileName: "don-vi-moi.xlsx")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(5, result.GetProperty("imported").GetInt32());
        Assert.False(result.GetProperty("preview").GetBoolean());
        var restructuringId = result.GetProperty("restructuringId").GetGuid();

        var found = await admin.GetJsonAsync($"/api/v1/org-units?q={tag}&pageSize=100");
        Assert.Equal(5, found.GetProperty("total").GetInt32());
        var byCode = found.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal($"Công đoàn xã {tag}", byCode[$"{tag}-CS1"].GetProperty("parentName").GetString());
        Assert.Equal($"Công đoàn cơ sở Trường Tiểu học {tag}", byCode[$"{tag}-TO"].GetProperty("parentName").GetString());
        Assert.Equal("Liên đoàn Lao động huyện Bạch Thông", byCode[$"{tag}-CS2"].GetProperty("parentName").GetString());
        Assert.Equal(42, byCode[$"{tag}-CS2"].GetProperty("memberCount").GetInt32());
        Assert.Equal(1200, byCode[$"{tag}-CS3"].GetProperty("memberCount").GetInt32());
        Assert.Equal("2024-03-15", byCode[$"{tag}-CS2"].GetProperty("validFrom").GetString());
        Assert.Equal("2025-08-01", byCode[$"{tag}-TO"].GetProperty("validFrom").GetString());
        Assert.Equal("2025-08-01", byCode[$"{tag}-CS3"].GetProperty("validFrom").GetString()); // Excel serial 45870
        Assert.Equal("cd@example.vn", byCode[$"{tag}-CS2"].GetProperty("email").GetString());

        // One restructuring of kind Import holds every unit, with an audit entry.
        var (kinds, versions, audits) = await app.WithDbAsync(async db => (
            await db.Set<OrgRestructuring>().Where(r => r.Id == restructuringId).Select(r => r.Kind).ToListAsync(),
            await db.Set<OrgUnitVersion>().CountAsync(v => v.RestructuringId == restructuringId),
            await db.Set<TuyenGiao.Modules.Features.Identity.Data.AuditEntry>().CountAsync(a => a.Action == "org.import" && a.Details!.Contains("don-vi-moi.xlsx"))));
        Assert.Equal([RestructuringKind.Import], kinds);
        Assert.Equal(5, versions);
        Assert.Equal(1, audits);

        // Dates before a unit existed do not show it.
        var before = await admin.GetJsonAsync($"/api/v1/org-units?q={tag}&asOf=2025-01-01");
        Assert.Equal(1, before.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Preview_checks_the_sheet_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var sheet = Sheet(
            Row($"{tag}-1", $"Công đoàn cơ sở Xem trước {tag}", "GrassrootsUnion", "BK-NR", 10),
            Row($"{tag}-2", $"Công đoàn cơ sở Xem trước hai {tag}", "GrassrootsUnion", "BK-NR", 11));

        var result = await (await PostSheetAsync(admin, sheet, preview: true)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.True(result.GetProperty("preview").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("restructuringId").ValueKind);
        await AssertNothingImportedAsync(admin, tag);
    }

    [Fact]
    public async Task Sheet_with_an_unknown_parent_code_is_refused_whole_naming_row_and_column()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var sheet = Sheet(
            Row($"{tag}-1", $"Công đoàn cơ sở Một {tag}", "GrassrootsUnion", "BK-BB", 10),
            Row($"{tag}-2", $"Công đoàn cơ sở Hai {tag}", "GrassrootsUnion", "KHONG-CO-MA-NAY", 10),
            Row($"{tag}-3", $"Công đoàn cơ sở Ba {tag}", "GrassrootsUnion", "BK-BB", 10));

        var problem = await (await PostSheetAsync(admin, sheet)).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors);
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("Mã đơn vị cấp trên", error.GetProperty("field").GetString());
        Assert.Contains("KHONG-CO-MA-NAY", error.GetProperty("message").GetString());
        Assert.Contains("chưa có đơn vị nào được nhập", problem.GetProperty("detail").GetString());
        await AssertNothingImportedAsync(admin, tag);
    }

    [Fact]
    public async Task Sheet_with_a_member_count_that_is_not_a_number_is_refused_whole()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var sheet = Sheet(
            Row($"{tag}-1", $"Công đoàn cơ sở Một {tag}", "GrassrootsUnion", "BK-CM", 10),
            Row($"{tag}-2", $"Công đoàn cơ sở Hai {tag}", "GrassrootsUnion", "BK-CM", "hai mươi"));

        var problem = await (await PostSheetAsync(admin, sheet)).ExpectAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("Số đoàn viên", error.GetProperty("field").GetString());
        await AssertNothingImportedAsync(admin, tag);
    }

    [Fact]
    public async Task Every_problem_of_the_sheet_is_listed_at_once()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var sheet = Sheet(
            Row($"{tag}-A", $"Công đoàn cơ sở A {tag}", "GrassrootsUnion", "BK-NS", 5),             // row 2: fine
            Row($"{tag}-A", $"Công đoàn cơ sở A lặp {tag}", "GrassrootsUnion", "BK-NS", 5),         // row 3: code twice in the sheet
            Row("BK", $"Trùng mã hệ thống {tag}", "GrassrootsUnion", "BK-NS", 5),                     // row 4: code already in the system
            Row($"{tag}-X", $"Công đoàn xã X {tag}", "CommuneUnion", $"{tag}-Y", 5),                   // row 5: loop X → Y → X
            Row($"{tag}-Y", $"Công đoàn xã Y {tag}", "CommuneUnion", $"{tag}-X", 5),                   // row 6: loop
            Row($"{tag}-U", $"Công đoàn ngành dưới cơ sở {tag}", "SectorUnion", $"{tag}-A", 5),       // row 7: level rule
            Row($"{tag}-E", "", "Loại không có", "BK-NS", -3, email: "khong-phai-email", date: "31/02/2025")); // row 8: many

        var problem = await (await PostSheetAsync(admin, sheet)).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString()))
            .ToList();
        Assert.Contains((3, "Mã đơn vị"), errors);
        Assert.Contains((4, "Mã đơn vị"), errors);
        Assert.Contains((5, "Mã đơn vị cấp trên"), errors);
        Assert.Contains((6, "Mã đơn vị cấp trên"), errors);
        Assert.Contains((7, "Loại đơn vị"), errors);
        Assert.Contains((8, "Tên đơn vị"), errors);
        Assert.Contains((8, "Loại đơn vị"), errors);
        Assert.Contains((8, "Số đoàn viên"), errors);
        Assert.Contains((8, "Email"), errors);
        Assert.Contains((8, "Ngày hiệu lực"), errors);
        Assert.DoesNotContain(errors, e => e.Row == 2);
        await AssertNothingImportedAsync(admin, tag);
    }

    [Fact]
    public async Task A_title_above_the_header_is_skipped_and_errors_keep_the_excel_row_numbers()
    {
        var admin = await app.AdminAsync();
        var tag = Tag();
        var title = Headers.ToDictionary(h => h, h => (object?)null);
        title[Headers[0]] = "DANH SÁCH CÔNG ĐOÀN CƠ SỞ BỔ SUNG";
        var header = Headers.ToDictionary(h => h, h => (object?)h);
        var good = Row($"{tag}-1", $"Công đoàn cơ sở Có tiêu đề {tag}", "GrassrootsUnion", "BK-PN", 12);
        var bad = Row($"{tag}-2", $"Công đoàn cơ sở Sai cấp trên {tag}", "GrassrootsUnion", "BK-KHONG-CO", 12);
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { title, header, good, bad }, printHeader: false);

        var problem = await (await PostSheetAsync(admin, stream.ToArray())).ExpectAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(4, error.GetProperty("row").GetInt32()); // title row 1, header row 2, good row 3
        Assert.Equal("Mã đơn vị cấp trên", error.GetProperty("field").GetString());
        await AssertNothingImportedAsync(admin, tag);
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0this program cannot be run in DOS mode", "cong-cu.xlsx")]
    [InlineData("Mã đơn vị;Tên đơn vị\nA;B\n", "danh-sach.xlsx")]
    public async Task A_file_that_is_not_an_xlsx_is_refused_with_a_clear_message(string text, string fileName)
    {
        var admin = await app.AdminAsync();
        var problem = await (await PostSheetAsync(admin, System.Text.Encoding.UTF8.GetBytes(text), fileName: fileName)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_and_a_missing_file_are_refused()
    {
        var admin = await app.AdminAsync();
        using var zipped = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipped, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("readme.txt").Open();
            await entry.WriteAsync("xin chào"u8.ToArray());
        }

        var notWorkbook = await (await PostSheetAsync(admin, zipped.ToArray())).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.", notWorkbook.GetProperty("detail").GetString());

        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var missing = await (await admin.PostAsync("/api/v1/org-units/import", noFile)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains(missing.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "file");

        var headerOnly = await (await PostSheetAsync(admin, Sheet())).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Bảng tính không có dòng dữ liệu nào.", headerOnly.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_editor_may_neither_import_nor_download_the_template()
    {
        var grassroots = await UnitIdAsync("BK-CS001");
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, grassroots);
        var tag = Tag();
        var sheet = Sheet(Row($"{tag}-1", $"Công đoàn cơ sở Biên tập {tag}", "UnionGroup", "BK-CS001", 3));

        var response = await PostSheetAsync(editor, sheet);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {(int)response.StatusCode}");
        var template = await editor.GetAsync("/api/v1/org-units/import/template");
        Assert.True(template.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {(int)template.StatusCode}");
        await AssertNothingImportedAsync(await app.AdminAsync(), tag);
    }

    [Fact]
    public async Task A_unit_administrator_imports_only_inside_its_own_subtree()
    {
        var bachThong = await UnitIdAsync("BK-BT");
        var scoped = await app.ClientWithRoleAsync(AppRole.Administrator, bachThong);
        var tag = Tag();

        var outside = Sheet(
            Row($"{tag}-1", $"Công đoàn cơ sở Trong phạm vi {tag}", "GrassrootsUnion", "BK-BT", 3),
            Row($"{tag}-2", $"Công đoàn cơ sở Ngoài phạm vi {tag}", "GrassrootsUnion", "BK-CD", 3),
            Row($"{tag}-3", $"Liên đoàn Lao động tỉnh Mới {tag}", "Federation", "", 3));
        var problem = await (await PostSheetAsync(scoped, outside)).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 4], errors.Select(e => e.GetProperty("row").GetInt32()).Order().ToArray());
        Assert.All(errors, e => Assert.Equal("Mã đơn vị cấp trên", e.GetProperty("field").GetString()));
        await AssertNothingImportedAsync(await app.AdminAsync(), tag);

        var inside = Sheet(Row($"{tag}-1", $"Công đoàn cơ sở Trong phạm vi {tag}", "GrassrootsUnion", "BK-BT", 3));
        var ok = await (await PostSheetAsync(scoped, inside)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, ok.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Import_page_offers_the_steps_to_a_unit_manager_and_refuses_an_editor()
    {
        var admin = await app.AdminAsync();
        var page = await admin.GetStringAsync("/quan-tri/don-vi/nhap");
        Assert.Contains("Nhập đơn vị công đoàn từ tệp Excel", page);
        Assert.Contains("data-testid=\"import-ready\"", page);
        Assert.Contains("href=\"/api/v1/org-units/import/template\"", page);

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, await UnitIdAsync("BK-CS002"));
        var refused = await editor.GetStringAsync("/quan-tri/don-vi/nhap");
        Assert.Contains("data-testid=\"import-forbidden\"", refused);
        Assert.DoesNotContain("data-testid=\"import-ready\"", refused);
    }

    private async Task AssertNothingImportedAsync(HttpClient admin, string tag)
    {
        var found = await admin.GetJsonAsync($"/api/v1/org-units?q={tag}");
        Assert.Equal(0, found.GetProperty("total").GetInt32());
        var codes = await app.WithDbAsync(db => db.Set<OrgUnit>().CountAsync(u => u.Code!.StartsWith(tag)));
        Assert.Equal(0, codes);
    }

    private Task<int> UnitIdAsync(string code) => app.WithDbAsync(db => db.Set<OrgUnit>().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private static string Tag() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Dictionary<string, object?> Row(string code, string name, string kind, string parent, object? members, string? email = null, object? date = null) => new()
    {
        ["Mã đơn vị"] = code,
        ["Tên đơn vị"] = name,
        ["Tên viết tắt"] = null,
        ["Loại đơn vị"] = kind,
        ["Mã đơn vị cấp trên"] = parent,
        ["Số đoàn viên"] = members,
        ["Điện thoại"] = "0209 3000 111",
        ["Email"] = email,
        ["Địa chỉ"] = null,
        ["Ngày hiệu lực"] = date,
    };

    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        if (rows.Length == 0)
        {
            // MiniExcel writes no header for an empty list: write the header as the only row.
            stream.SaveAs(new[] { Headers.ToDictionary(h => h, h => (object?)h) }, printHeader: false);
        }
        else
        {
            stream.SaveAs(rows);
        }

        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> PostSheetAsync(HttpClient client, byte[] bytes, bool preview = false, string fileName = "don-vi.xlsx")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        content.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/org-units/import" + (preview ? "?preview=true" : string.Empty), content);
    }
}

public sealed class ImportOrgUnitsTests_Sqlite(SqliteAppFixture app) : ImportOrgUnitsTests<SqliteAppFixture>(app);

public sealed class ImportOrgUnitsTests_Postgres(PostgresAppFixture app) : ImportOrgUnitsTests<PostgresAppFixture>(app);
