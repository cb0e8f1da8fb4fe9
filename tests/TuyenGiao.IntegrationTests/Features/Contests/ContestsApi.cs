using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Contests.Participation;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>Intent methods for contest tests: a tree of their own, a contest with a bank, participants and attempts.</summary>
public static class ContestsApi
{
    public sealed record Tree(int Federation, int District, int Grassroots1, int Grassroots2, int OtherFederation);

    public sealed record Attempt(long Id, string Token, JsonElement View);

    /// <summary>A federation with one district and two grassroots unions (40 and 10 members), and a second federation outside it.</summary>
    public static async Task<Tree> CreateTreeAsync(this HttpClient admin)
    {
        var fed = await admin.CreateFederationAsync();
        var district = await admin.CreateUnitAsync(OrgApi.Unique("LĐLĐ huyện"), "DistrictFederation", fed);
        var g1 = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở Trường Tiểu học Đức Xuân"), "GrassrootsUnion", district, memberCount: 40);
        var g2 = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở Bệnh viện"), "GrassrootsUnion", district, memberCount: 10);
        var other = await admin.CreateFederationAsync("Liên đoàn khác");
        return new Tree(fed, district, g1, g2, other);
    }

    public static object ContestBody(int organiser, int eligible, int questions = 3, int attempts = 2, DateTime? opens = null, DateTime? closes = null, string[]? order = null, int? predictionValue = 100, string truth = "Manual") => new
    {
        title = OrgApi.Unique("Cuộc thi tìm hiểu Luật Công đoàn"),
        rules = "Thể lệ",
        organiserUnitId = organiser,
        eligibleUnitId = eligible,
        questionsPerAttempt = questions,
        quotas = Array.Empty<object>(),
        timeLimitMinutes = 20,
        attemptsPerRound = attempts,
        predictionQuestion = "Bao nhiêu người trả lời đúng tất cả?",
        predictionTruth = truth,
        predictionValue,
        rankingOrder = order,
        individualPrizes = 5,
        unitPrizes = 2,
        isPublished = true,
        rounds = new[]
        {
            new { id = (int?)null, title = "Tuần 1", opensAt = opens ?? DateTime.UtcNow.AddHours(-1), closesAt = closes ?? DateTime.UtcNow.AddDays(7) },
        },
    };

    public static async Task<JsonElement> CreateContestAsync(this HttpClient admin, object body) =>
        await admin.PostJsonAsync("/api/v1/contests", body, HttpStatusCode.Created);

    /// <summary>Adds <paramref name="count"/> questions: four options, the second one correct (the third too for every third question).</summary>
    public static async Task AddQuestionsAsync(this HttpClient admin, int contestId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var multi = i % 3 == 2;
            await admin.PostJsonAsync($"/api/v1/contests/{contestId}/questions", new
            {
                text = $"Câu hỏi thử số {i + 1} về Luật Công đoàn {Guid.NewGuid():N}",
                category = "Luật",
                difficulty = 1 + (i % 3),
                isActive = true,
                options = new[]
                {
                    new { text = "Phương án một", isCorrect = false },
                    new { text = "Phương án hai", isCorrect = true },
                    new { text = "Phương án ba", isCorrect = multi },
                    new { text = "Phương án bốn", isCorrect = false },
                },
            }, HttpStatusCode.Created);
        }
    }

    public static string Phone() => "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString();

    public static async Task<(string Phone, string Secret)> RegisterAsync(this HttpClient client, int contestId, int? unitId, string? phone = null)
    {
        phone ??= Phone();
        var r = await client.PostJsonAsync($"/api/v1/contests/{contestId}/register", new { name = "Nguyễn Văn An", phone, unitId, consent = true });
        return (phone, r.GetProperty("secret").GetString()!);
    }

    public static async Task<Attempt> StartAsync(this HttpClient client, int contestId, (string Phone, string Secret) who)
    {
        var r = await client.PostJsonAsync($"/api/v1/contests/{contestId}/attempts", new { phone = who.Phone, secret = who.Secret });
        return new Attempt(r.GetProperty("attemptId").GetInt64(), r.GetProperty("token").GetString()!, r);
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, string? token, object? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (token is not null)
        {
            request.Headers.Add("X-Attempt-Token", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    /// <summary>Drops the cached attempt so the next request reads the database (as after a restart, or on another node).</summary>
    public static void ForgetAttempt(this AppFixture app, long attemptId) =>
        app.Services.GetRequiredService<IMemoryCache>().Remove("contests:attempt:" + attemptId);

    public static void ForgetContest(this AppFixture app, int contestId) =>
        app.Services.GetRequiredService<ContestCatalog>().Invalidate(contestId);
}
