using System.Net;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>
/// The public results page (/cuoc-thi/{slug}/ket-qua): nothing of a round before it closes; after,
/// the winners with names partly masked and no phone, and the unit prizes.
/// </summary>
public abstract class ContestPublicResultsTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private async Task<(string Slug, string Phone, int Id, int Round)> SeedAsync(DateTime opens, DateTime closes)
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var contest = await admin.CreateContestAsync(ContestsApi.ContestBody(tree.Federation, tree.Federation, questions: 20, opens: opens, closes: closes));
        var id = contest.GetProperty("id").GetInt32();
        var round = contest.GetProperty("rounds")[0].GetProperty("id").GetInt32();
        var phone = ContestsApi.Phone();
        await app.WithDbAsync(async db =>
        {
            var p = new ContestParticipant { ContestId = id, Name = "Nguyễn Văn Bình", Phone = phone, UnitId = tree.Grassroots1, SecretHash = "x", ConsentedAt = opens, RegisteredAt = opens };
            db.Add(p);
            await db.SaveChangesAsync();
            db.Add(new ContestAttempt
            {
                ContestId = id, RoundId = round, ParticipantId = p.Id, Number = 1, Layout = "", TokenHash = "x",
                StartedAt = opens.AddMinutes(1), Deadline = opens.AddMinutes(21), SubmittedAt = opens.AddMinutes(5), Score = 19, Prediction = 100, DurationMs = 240_000,
            });
            return await db.SaveChangesAsync();
        });
        app.ForgetContest(id);
        return (contest.GetProperty("slug").GetString()!, phone, id, round);
    }

    [Fact]
    public async Task Before_the_round_closes_the_results_page_shows_no_one()
    {
        var (slug, phone, _, _) = await SeedAsync(DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddDays(3));
        var response = await app.Anonymous().GetAsync($"/cuoc-thi/{slug}/ket-qua");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Kết quả sẽ được công bố", html);
        Assert.DoesNotContain("Nguyễn", html);
        Assert.DoesNotContain(phone, html);
        Assert.DoesNotContain("data-testid=\"winners\"", html);
    }

    [Fact]
    public async Task After_the_round_closes_winners_show_with_masked_names_and_no_phone()
    {
        var (slug, phone, id, round) = await SeedAsync(DateTime.UtcNow.AddDays(-8), DateTime.UtcNow.AddDays(-1));
        var html = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync($"/cuoc-thi/{slug}/ket-qua"));
        Assert.Contains("Nguyễn V. B.", html);
        Assert.DoesNotContain("Nguyễn Văn Bình", html);
        Assert.DoesNotContain(phone, html);
        Assert.DoesNotContain(phone[^3..] + "<", html.Replace(" ", "", StringComparison.Ordinal)); // not even the masked tail
        Assert.Contains("Công đoàn cơ sở Trường Tiểu học Đức Xuân", html); // unit prizes
        Assert.Contains("data-testid=\"units-rate\"", html);

        // The public rankings API masks the name the same way.
        var row = (await app.Anonymous().GetJsonAsync($"/api/v1/contests/{id}/rankings?roundId={round}")).GetProperty("items")[0];
        Assert.Equal("Nguyễn V. B.", row.GetProperty("name").GetString());
        Assert.Contains("*", row.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task An_unknown_or_unpublished_contest_has_no_results_page()
    {
        var response = await app.Anonymous().GetAsync("/cuoc-thi/khong-co-cuoc-thi-nay/ket-qua");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ContestPublicResultsTests_Sqlite(SqliteAppFixture app) : ContestPublicResultsTests<SqliteAppFixture>(app);

public sealed class ContestPublicResultsTests_Postgres(PostgresAppFixture app) : ContestPublicResultsTests<PostgresAppFixture>(app);
