using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>Contest setup and the question bank: who may do what, Excel import (all or nothing) and export.</summary>
public abstract class ContestSetupTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Only_editors_of_the_organiser_subtree_see_and_change_a_contest()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var contest = await admin.CreateContestAsync(ContestsApi.ContestBody(tree.District, tree.District));
        var id = contest.GetProperty("id").GetInt32();

        var editorHere = await app.ClientWithRoleAsync(AppRole.Editor, tree.District);
        await editorHere.GetJsonAsync($"/api/v1/contests/{id}");
        Assert.Contains((await editorHere.GetJsonAsync("/api/v1/contests")).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);

        var editorElsewhere = await app.ClientWithRoleAsync(AppRole.Editor, tree.OtherFederation);
        await (await editorElsewhere.GetAsync($"/api/v1/contests/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorElsewhere.GetAsync($"/api/v1/contests/{id}/questions")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await editorElsewhere.GetJsonAsync("/api/v1/contests")).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);

        var viewer = await app.ClientWithRoleAsync(AppRole.Viewer, tree.District);
        await (await viewer.GetAsync($"/api/v1/contests/{id}")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await viewer.PostAsync($"/api/v1/contests", JsonContent.Create(ContestsApi.ContestBody(tree.District, tree.District)))).ExpectAsync(HttpStatusCode.Forbidden);

        await (await app.Anonymous().GetAsync("/api/v1/contests")).ExpectAsync(HttpStatusCode.Unauthorized);

        // An editor of the district cannot make a contest for units outside it.
        var outside = await (await editorHere.PostAsync("/api/v1/contests", JsonContent.Create(ContestsApi.ContestBody(tree.District, tree.Federation)))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("eligibleUnitId", outside.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Import_refuses_the_whole_file_when_any_row_is_wrong_and_lists_each_row()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var id = (await admin.CreateContestAsync(ContestsApi.ContestBody(tree.Federation, tree.Federation))).GetProperty("id").GetInt32();
        await admin.AddQuestionsAsync(id, 1);
        var existing = (await admin.GetJsonAsync($"/api/v1/contests/{id}/questions")).GetProperty("items")[0].GetProperty("text").GetString()!;

        var rows = new List<Dictionary<string, object?>>
        {
            Row("Công đoàn Việt Nam được thành lập năm nào?", "1929", "1930", null, null, "A", 1),          // row 2: fine
            Row("Câu hỏi chỉ có một phương án", "Một", null, null, null, "A", 1),                            // row 3: too few options
            Row("Câu hỏi không có đáp án đúng", "Một", "Hai", null, null, "", 1),                           // row 4: no correct option
            Row("Câu hỏi có đáp án E", "Một", "Hai", "Ba", null, "E", 1),                                   // row 5: letter without option
            Row("CONG DOAN VIET NAM DUOC THANH LAP NAM NAO?", "1929", "1930", null, null, "A", 1),         // row 6: duplicate of row 2 (tones ignored)
            Row(existing.ToUpperInvariant(), "Một", "Hai", null, null, "B", 1),                             // row 7: duplicate of the bank
            Row("Độ khó sai", "Một", "Hai", null, null, "B", 7),                                            // row 8: difficulty
        };
        var problem = await (await Upload(admin, id, rows)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Tệp câu hỏi có lỗi, chưa nhập câu nào", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Contains((3, "Phương án A"), errors);
        Assert.Contains((4, "Đáp án đúng"), errors);
        Assert.Contains((5, "Đáp án đúng"), errors);
        Assert.Contains((6, "Câu hỏi"), errors);
        Assert.Contains((7, "Câu hỏi"), errors);
        Assert.Contains((8, "Độ khó"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ContestQuestion>().CountAsync(q => q.ContestId == id)));

        var good = await (await Upload(admin, id, rows.Take(1).Append(Row("Nhiều đáp án đúng?", "Một", "Hai", "Ba", "Bốn", "A, C", 2)).ToList())).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, good.GetProperty("imported").GetInt32());
        var multi = await app.WithDbAsync(db => db.Set<ContestQuestion>().Include(q => q.Options).SingleAsync(q => q.ContestId == id && q.Text == "Nhiều đáp án đúng?"));
        Assert.True(multi.MultipleChoice);
        Assert.Equal(["Một", "Ba"], multi.Options.Where(o => o.IsCorrect).OrderBy(o => o.Position).Select(o => o.Text));

        // The export reads back with the template's layout.
        var export = await admin.GetAsync($"/api/v1/contests/{id}/questions/export");
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var back = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, back.Count);
        Assert.Contains(back, r => (string?)r["Câu hỏi"] == "Nhiều đáp án đúng?" && (string?)r["Đáp án đúng"] == "A, C");

        var notExcel = await (await admin.PostAsync($"/api/v1/contests/{id}/questions/import", File("cau-hoi.xlsx", "đây không phải bảng tính"u8.ToArray()))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("file", notExcel.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Demo_contest_is_seeded_with_a_round_open_now_and_a_bank_of_about_sixty_questions()
    {
        var contest = await app.WithDbAsync(db => db.Set<Contest>().Include(c => c.Rounds).SingleAsync(c => c.Slug == "tim-hieu-luat-cong-doan-2024"));
        Assert.Contains(contest.Rounds, r => r.OpensAt <= DateTime.UtcNow && r.ClosesAt > DateTime.UtcNow);
        Assert.InRange(await app.WithDbAsync(db => db.Set<ContestQuestion>().CountAsync(q => q.ContestId == contest.Id)), 55, 70);
    }

    private static Dictionary<string, object?> Row(string text, string? a, string? b, string? c, string? d, string correct, int difficulty) => new()
    {
        ["Câu hỏi"] = text, ["Phương án A"] = a, ["Phương án B"] = b, ["Phương án C"] = c, ["Phương án D"] = d, ["Phương án E"] = null, ["Phương án F"] = null,
        ["Đáp án đúng"] = correct, ["Chủ đề"] = "Luật Công đoàn 2024", ["Độ khó"] = difficulty, ["Giải thích"] = null,
    };

    private static Task<HttpResponseMessage> Upload(HttpClient client, int id, List<Dictionary<string, object?>> rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(new Dictionary<string, object> { ["Câu hỏi"] = rows });
        return client.PostAsync($"/api/v1/contests/{id}/questions/import", File("cau-hoi.xlsx", ms.ToArray()));
    }

    private static MultipartFormDataContent File(string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name } };
    }
}

public sealed class ContestSetupTests_Sqlite(SqliteAppFixture app) : ContestSetupTests<SqliteAppFixture>(app);

public sealed class ContestSetupTests_Postgres(PostgresAppFixture app) : ContestSetupTests<PostgresAppFixture>(app);
