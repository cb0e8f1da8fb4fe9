using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Contests;

/// <summary>
/// An organiser grades essays in the back office: a score above the maximum is refused in
/// Vietnamese and nothing is saved; a valid score and comment are saved and move the entrant up
/// the ranking on the results tab. The contest and the entrants' essays come through the API.
/// </summary>
public sealed class ContestEssayGradingTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string DemoSlug = "tim-hieu-luat-cong-doan-2024";
    private const string First = "Nguyễn Thị Lan Anh";
    private const string Second = "Hoàng Văn Quyết";

    [Fact]
    public async Task Organiser_grades_an_essay_refuses_a_score_over_the_maximum_and_sees_the_ranking_change()
    {
        var organiserUnit = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Contest>().Where(c => c.Slug == DemoSlug).Select(c => c.OrganiserUnitId).SingleAsync());
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, organiserUnit);
        var page = await SignInAsAsync(email, password, "/quan-tri/cuoc-thi");

        // The organiser's contest (essay up to 10 points, added to the score) and two entrants, through the API.
        var contestId = await CreateContestAsync(page.APIRequest, organiserUnit);
        var visitor = (await OpenAsync()).APIRequest;
        var units = (await JsonAsync(await visitor.GetAsync($"/api/v1/contests/{contestId}/units?q=truong%20thpt"))).EnumerateArray().ToList();
        var unitId = units.Where(u => u.GetProperty("kind").GetString() == "GrassrootsUnion").Append(units[0]).First().GetProperty("id").GetInt32();
        await TakePartAsync(visitor, contestId, First, unitId, prediction: 100, "Tổ chức các câu lạc bộ thể thao, văn nghệ sau giờ làm để đoàn viên trẻ gắn bó với công đoàn.");
        var secondAttempt = await TakePartAsync(visitor, contestId, Second, unitId, prediction: 60,
            "Công đoàn cơ sở cần lắng nghe người lao động trẻ: đối thoại định kỳ với chủ doanh nghiệp về tiền lương, nhà ở, nhà trẻ; hướng dẫn các em tham gia xây dựng thỏa ước lao động tập thể.\nNgoài ra nên dùng Zalo, Facebook để tuyên truyền ngắn gọn, dễ hiểu.");

        // Before grading: both have 0 points; the closer prediction puts the first entrant ahead.
        await page.GotoAsync($"/quan-tri/cuoc-thi/{contestId}?tab=2");
        await WaitInteractiveAsync(page);
        var firstRow = page.GetByTestId("ranking-table").Locator("tbody tr").First;
        await Expect(firstRow).ToContainTextAsync(First);
        await Expect(firstRow).ToContainTextAsync("Chưa chấm");

        // The grading tab lists both essays.
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Chấm tự luận") }).ClickAsync();
        await Expect(page.GetByTestId("essay-count")).ToContainTextAsync("2 bài chưa chấm");
        await ScreenshotAsync(page, "contest-essays-queue");
        var card = page.GetByTestId("essay-card").Filter(new() { HasText = Second });
        await Expect(card).ToContainTextAsync("thỏa ước lao động tập thể");

        // A score above the maximum: a Vietnamese error on the field, nothing saved.
        await ScoreField(card).FillAsync("11");
        await CommentField(card).FillAsync("Bài viết tốt.");
        await card.GetByTestId("essay-save").ClickAsync();
        await Expect(card).ToContainTextAsync("Điểm bài tự luận phải là số từ 0 đến 10.");
        await ScreenshotAsync(page, "contest-essays-over-max");
        var refused = await AttemptAsync(secondAttempt);
        Assert.Null(refused.EssayScore);
        Assert.Null(refused.EssayComment);

        // A valid grade with a comment.
        await ScoreField(card).FillAsync("7");
        await CommentField(card).FillAsync("Nêu được giải pháp cụ thể, gần với thực tế doanh nghiệp.");
        await card.GetByTestId("essay-save").ClickAsync();
        await Expect(card.GetByTestId("essay-graded")).ToContainTextAsync("Đã chấm 7/10 điểm, bởi Cán bộ thử Editor");
        await Expect(page.GetByTestId("essay-count")).ToContainTextAsync("1 bài chưa chấm");
        await Expect(card).Not.ToContainTextAsync("Điểm bài tự luận phải là số");
        await ScreenshotAsync(page, "contest-essays-graded");
        var graded = await AttemptAsync(secondAttempt);
        Assert.Equal(7, graded.EssayScore);
        Assert.Equal("Nêu được giải pháp cụ thể, gần với thực tế doanh nghiệp.", graded.EssayComment);

        // The results tab: the graded entrant now leads with 7 points.
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Kết quả") }).ClickAsync();
        firstRow = page.GetByTestId("ranking-table").Locator("tbody tr").First;
        await Expect(firstRow).ToContainTextAsync(Second);
        await Expect(firstRow).ToContainTextAsync("7");
        await ScreenshotAsync(page, "contest-essays-results");

        // On a phone (390 px) the queue fits the screen.
        var phone = await SignInAsAsync(email, password, $"/quan-tri/cuoc-thi/{contestId}?tab=3", 390, 844);
        await Expect(phone.GetByTestId("essay-card").First).ToBeVisibleAsync();
        await phone.GetByTestId("essay-filter").ClickAsync();
        await phone.Locator(".mud-popover-open").GetByText("Tất cả", new() { Exact = true }).ClickAsync();
        await Expect(phone.GetByTestId("essay-card")).ToHaveCountAsync(2);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The grading tab is {width} px wide on a 390 px phone.");
        await ScreenshotAsync(phone, "contest-essays-phone");
    }

    private static ILocator ScoreField(ILocator card) => card.Locator("[data-testid='essay-score'] input, input[data-testid='essay-score']").First;

    private static ILocator CommentField(ILocator card) => card.Locator("[data-testid='essay-comment'] textarea, [data-testid='essay-comment'] input, textarea[data-testid='essay-comment'], input[data-testid='essay-comment']").First;

    private Task<ContestAttempt> AttemptAsync(long id) =>
        App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<ContestAttempt>().AsNoTracking().SingleAsync(a => a.Id == id));

    private static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>A published contest open for a week, 3 questions per attempt, one attempt, an essay of up to 10 points.</summary>
    private static async Task<int> CreateContestAsync(IAPIRequestContext api, int organiserUnit)
    {
        var now = DateTime.UtcNow;
        var contest = await JsonAsync(await api.PostAsync("/api/v1/contests", new()
        {
            DataObject = new
            {
                title = "Viết về công đoàn với đoàn viên trẻ " + Guid.NewGuid().ToString("N")[..6],
                rules = "Trả lời ba câu hỏi và viết một đoạn ngắn.",
                organiserUnitId = organiserUnit,
                eligibleUnitId = organiserUnit,
                questionsPerAttempt = 3,
                quotas = Array.Empty<object>(),
                timeLimitMinutes = 20,
                attemptsPerRound = 1,
                essayQuestion = "Theo bạn, công đoàn cơ sở cần làm gì để thu hút đoàn viên trẻ?",
                essayMaxPoints = 10,
                predictionQuestion = "Bao nhiêu người trả lời đúng tất cả?",
                predictionTruth = "Manual",
                predictionValue = 100,
                individualPrizes = 3,
                unitPrizes = 2,
                isPublished = true,
                rounds = new[] { new { title = "Vòng 1", opensAt = now.AddHours(-1), closesAt = now.AddDays(7) } },
            },
        }));
        var id = contest.GetProperty("id").GetInt32();
        foreach (var (text, options) in new[]
        {
            ("Công đoàn cơ sở được thành lập khi có ít nhất bao nhiêu đoàn viên?", new[] { "3", "5", "7" }),
            ("Đoàn phí công đoàn bằng bao nhiêu phần trăm tiền lương?", new[] { "1%", "2%", "0,5%" }),
            ("Ngày thành lập Công đoàn Việt Nam là ngày nào?", new[] { "28/7/1929", "1/5/1930", "2/9/1945" }),
        })
        {
            await JsonAsync(await api.PostAsync($"/api/v1/contests/{id}/questions", new()
            {
                DataObject = new
                {
                    text,
                    category = "Luật Công đoàn",
                    difficulty = 1,
                    isActive = true,
                    options = options.Select((o, i) => new { text = o, isCorrect = i == 0 }).ToArray(),
                },
            }));
        }

        return id;
    }

    /// <summary>Registers, starts and submits (no answers, a prediction and an essay); returns the attempt id.</summary>
    private static async Task<long> TakePartAsync(IAPIRequestContext api, int contestId, string name, int unitId, int prediction, string essay)
    {
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        var registration = await JsonAsync(await api.PostAsync($"/api/v1/contests/{contestId}/register", new()
        {
            DataObject = new { name, phone, unitId, consent = true },
        }));
        var attempt = await JsonAsync(await api.PostAsync($"/api/v1/contests/{contestId}/attempts", new()
        {
            DataObject = new { phone, secret = registration.GetProperty("secret").GetString() },
        }));
        var attemptId = attempt.GetProperty("attemptId").GetInt64();
        await JsonAsync(await api.PostAsync($"/api/v1/contests/{contestId}/attempts/{attemptId}/submit", new()
        {
            Headers = new Dictionary<string, string> { ["X-Attempt-Token"] = attempt.GetProperty("token").GetString()! },
            DataObject = new { answers = Array.Empty<object>(), prediction, essay },
        }));
        return attemptId;
    }
}
