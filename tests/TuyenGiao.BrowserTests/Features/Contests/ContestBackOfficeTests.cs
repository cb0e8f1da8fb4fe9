using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Contests;

/// <summary>
/// An organiser sets up a contest in the back office (a round in Vietnam time), imports a question
/// sheet (a wrong sheet is refused with each row's errors, a right one goes in whole); and the public
/// results page of a closed round on a phone: winners with masked names, unit prizes per level, no phone numbers.
/// </summary>
public sealed class ContestBackOfficeTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string DemoSlug = "tim-hieu-luat-cong-doan-2024";

    [Fact]
    public async Task Organiser_creates_a_contest_imports_questions_and_the_public_sees_results_on_a_phone()
    {
        var organiserUnit = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Contest>().Where(c => c.Slug == DemoSlug).Select(c => c.OrganiserUnitId).SingleAsync());
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, organiserUnit);
        var page = await SignInAsAsync(email, password, "/quan-tri/cuoc-thi");

        // Create: the organiser's own unit is already chosen; the default round opens next week at 08:00 Vietnam time.
        await page.GetByTestId("contest-add").ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/cuoc-thi/moi");
        await WaitInteractiveAsync(page);
        var title = "Tìm hiểu Bộ luật Lao động " + Guid.NewGuid().ToString("N")[..6];
        await Field(page, "contest-title").FillAsync(title);
        await Field(page, "contest-rules").FillAsync("Mỗi đoàn viên được thi hai lượt mỗi vòng.");
        await Expect(Field(page, "contest-organiser")).Not.ToHaveValueAsync("");
        await Field(page, "contest-questions").FillAsync("3");
        await page.Locator("input[data-testid='contest-published'], [data-testid='contest-published'] input").First.CheckAsync();
        await ScreenshotAsync(page, "contest-admin-create");
        await page.GetByTestId("contest-save").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/quan-tri/cuoc-thi/\d+\?tab=1$"));
        await Expect(page.GetByTestId("contest-heading")).ToHaveTextAsync(title);
        var contestId = int.Parse(new Regex(@"/cuoc-thi/(\d+)").Match(page.Url).Groups[1].Value);

        var round = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<ContestRound>().AsNoTracking().SingleAsync(r => r.ContestId == contestId));
        Assert.Equal(1, round.OpensAt.Hour); // 08:00 in Hà Nội is 01:00 UTC
        Assert.True(round.OpensAt > DateTime.UtcNow);

        // A wrong sheet: every wrong row is listed in Vietnamese and nothing is imported.
        await Expect(page.GetByTestId("question-table")).ToBeVisibleAsync();
        await UploadAsync(page, "cau-hoi-sai.xlsx", Sheet(
            Row("Công đoàn cơ sở được thành lập khi có ít nhất bao nhiêu đoàn viên?", ["3", "5", "7"], "B"),
            Row("Câu hỏi thiếu đáp án đúng", ["Một", "Hai"], ""),
            Row("Câu hỏi chỉ có một phương án", ["Một"], "A")));
        var errors = page.GetByTestId("import-errors");
        await Expect(errors).ToBeVisibleAsync();
        await Expect(errors.Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(errors).ToContainTextAsync("3"); // sheet rows 3 and 4 (row 1 is the header)
        await Expect(errors).ToContainTextAsync("4");
        await Expect(page.GetByTestId("import-problem")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "contest-admin-import-errors");
        Assert.Equal(0, await CountQuestionsAsync(contestId));

        // The right sheet goes in whole and the bank lists it.
        await UploadAsync(page, "cau-hoi.xlsx", Sheet(
            Row("Công đoàn cơ sở được thành lập khi có ít nhất bao nhiêu đoàn viên?", ["3", "5", "7"], "B"),
            Row("Đoàn phí công đoàn bằng bao nhiêu phần trăm tiền lương?", ["1%", "2%", "0,5%"], "A"),
            Row("Những quyền nào là quyền của đoàn viên?", ["Ứng cử", "Bầu cử", "Miễn đoàn phí"], "A, B")));
        await Expect(page.GetByTestId("import-errors")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("question-table")).ToContainTextAsync("Đoàn phí công đoàn");
        await Expect(page.GetByTestId("question-table")).ToContainTextAsync("A, B");
        Assert.Equal(3, await CountQuestionsAsync(contestId));

        // Tone-free search.
        await Field(page, "question-search").FillAsync("doan phi");
        await Expect(page.GetByTestId("question-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "contest-admin-questions");

        // Round 1 closed with entrants, round 2 still open: results show for round 1 only.
        var people = await SeedClosedRoundAsync(contestId, organiserUnit);
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Kết quả") }).ClickAsync();
        await Expect(page.GetByTestId("ranking-table")).ToContainTextAsync(people[0]);
        await ScreenshotAsync(page, "contest-admin-results");

        var phone = await OpenAsync(360, 740);
        await phone.GotoAsync("/cuoc-thi/" + await SlugAsync(contestId));
        await phone.GetByTestId("results-link").ClickAsync();
        await phone.WaitForURLAsync("**/ket-qua");
        var results = phone.GetByTestId("contest-results");
        await Expect(results.GetByTestId("winners").Locator("li")).ToHaveCountAsync(4);
        await Expect(results.GetByTestId("winners")).ToContainTextAsync("Nguyễn V. A.");
        // Unit prizes at both levels under the provincial organiser: upper-level unions, then grassroots unions.
        var prizeLevels = results.GetByTestId("unit-prizes");
        await Expect(prizeLevels).ToHaveCountAsync(2);
        await Expect(prizeLevels.Nth(0)).ToContainTextAsync("Giải tập thể: Công đoàn cấp trên trực tiếp cơ sở");
        await Expect(prizeLevels.Nth(1)).ToContainTextAsync("Giải tập thể: Công đoàn cơ sở");
        foreach (var level in new[] { prizeLevels.Nth(0), prizeLevels.Nth(1) })
        {
            await Expect(level.GetByTestId("units-entrants")).ToBeVisibleAsync();
            await Expect(level.GetByTestId("units-rate")).ToBeVisibleAsync();
        }

        await Expect(results.GetByTestId("round-pending")).ToContainTextAsync("Kết quả sẽ được công bố");
        var text = await results.InnerTextAsync();
        foreach (var name in people)
        {
            Assert.DoesNotContain(name, text);
        }

        Assert.DoesNotMatch(new Regex(@"0\d{9}"), text);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The results page is {width} px wide on a 360 px phone.");
        await ScreenshotAsync(phone, "contest-results-phone");
    }

    private static async Task UploadAsync(IPage page, string name, byte[] content) =>
        await page.Locator("[data-testid='question-import'] input[type=file], input[type=file][data-testid='question-import']").First.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = content,
        });

    private static Dictionary<string, object?> Row(string text, string[] options, string correct)
    {
        var row = new Dictionary<string, object?> { ["Câu hỏi"] = text };
        for (var i = 0; i < 6; i++)
        {
            row["Phương án " + "ABCDEF"[i]] = i < options.Length ? options[i] : null;
        }

        row["Đáp án đúng"] = correct;
        row["Chủ đề"] = "Luật Công đoàn";
        row["Độ khó"] = "Dễ";
        row["Giải thích"] = null;
        return row;
    }

    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Câu hỏi"] = rows.ToList() }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private Task<int> CountQuestionsAsync(int contestId) =>
        App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<ContestQuestion>().CountAsync(q => q.ContestId == contestId));

    private Task<string> SlugAsync(int contestId) =>
        App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Contest>().Where(c => c.Id == contestId).Select(c => c.Slug).SingleAsync());

    /// <summary>Moves round 1 into the past, adds an open round 2 and four entrants of round 1 in grassroots unions under the organiser.</summary>
    private Task<List<string>> SeedClosedRoundAsync(int contestId, int organiserUnit) =>
        App.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            var r1 = await db.Set<ContestRound>().SingleAsync(r => r.ContestId == contestId);
            r1.OpensAt = now.AddDays(-10);
            r1.ClosesAt = now.AddDays(-3);
            db.Add(new ContestRound { ContestId = contestId, Number = 2, Title = "Vòng 2", OpensAt = now.AddDays(-3), ClosesAt = now.AddDays(4) });
            var units = (await sp.GetRequiredService<IOrgHierarchy>().GetSubtreeAsync(organiserUnit))
                .Where(u => u.Level == OrgLevel.GrassrootsUnion && u.MemberCount > 0).Take(2).ToList();
            var names = new List<string> { "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Minh", "Phạm Thu Hà" };
            var scores = new[] { 3, 3, 2, 1 };
            for (var i = 0; i < names.Count; i++)
            {
                var p = new ContestParticipant
                {
                    ContestId = contestId, Name = names[i], Phone = "09" + Random.Shared.Next(10_000_000, 99_999_999), UnitId = units[i % units.Count].Id,
                    SecretHash = "x", ConsentedAt = now.AddDays(-9), RegisteredAt = now.AddDays(-9),
                };
                db.Add(p);
                await db.SaveChangesAsync();
                db.Add(new ContestAttempt
                {
                    ContestId = contestId, RoundId = r1.Id, ParticipantId = p.Id, Number = 1, Layout = "", TokenHash = "x",
                    StartedAt = now.AddDays(-8), Deadline = now.AddDays(-8).AddMinutes(20), SubmittedAt = now.AddDays(-8).AddSeconds(100 + (i * 20)),
                    Score = scores[i], Prediction = 1 + i, DurationMs = (100 + (i * 20)) * 1000L,
                });
            }

            await db.SaveChangesAsync();
            sp.GetRequiredService<ContestCatalog>().Invalidate(contestId);
            return names;
        });
}
