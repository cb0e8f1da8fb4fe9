using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>
/// Hand grading of the essay question: the queue, the grade within the maximum (audited), the
/// ranking counting the essay per the contest's order, refusals that write nothing; and unit
/// participation rates above the grassroots level over the whole subtree's members.
/// </summary>
public abstract class ContestEssayGradingTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly DateTime T0 = new(2026, 2, 2, 1, 0, 0, DateTimeKind.Utc);

    private sealed record Seeded(int ContestId, int RoundId, ContestsApi.Tree Tree, Dictionary<string, long> People, Dictionary<string, long> Attempts);

    /// <summary>
    /// A closed round with an essay question (max 10 points): P1 18 correct + essay, P2 17 correct +
    /// essay, P3 18 correct without an essay. P1, P2 in the 40-member grassroots union, P3 in the 10-member one.
    /// </summary>
    private async Task<Seeded> SeedAsync(string[]? order = null)
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(
            ContestsApi.ContestBody(tree.Federation, tree.Federation, questions: 20, order: order, opens: T0, closes: T0.AddDays(7))))!;
        body["essayQuestion"] = "Theo bạn, công đoàn cơ sở cần làm gì để thu hút đoàn viên trẻ?";
        body["essayMaxPoints"] = 10;
        var contest = await (await admin.PostAsync("/api/v1/contests", Json(body))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(10, contest.GetProperty("essayMaxPoints").GetInt32());
        var id = contest.GetProperty("id").GetInt32();
        var round = contest.GetProperty("rounds")[0].GetProperty("id").GetInt32();

        var people = new Dictionary<string, long>();
        var attempts = new Dictionary<string, long>();
        await app.WithDbAsync(async db =>
        {
            foreach (var (key, unit, correct, essay, seconds) in new[]
            {
                ("P1", tree.Grassroots1, 18, "Tổ chức nhiều hoạt động thể thao, văn nghệ.", 300),
                ("P2", tree.Grassroots1, 17, "Lắng nghe và bảo vệ quyền lợi người lao động trẻ.", 200),
                ("P3", tree.Grassroots2, 18, (string?)null, 100),
            })
            {
                var p = new ContestParticipant { ContestId = id, Name = "Nguyễn Văn " + key, Phone = ContestsApi.Phone(), UnitId = unit, SecretHash = "x", ConsentedAt = T0, RegisteredAt = T0 };
                db.Add(p);
                await db.SaveChangesAsync();
                people[key] = p.Id;
                var a = new ContestAttempt
                {
                    ContestId = id, RoundId = round, ParticipantId = p.Id, Number = 1, Layout = "", TokenHash = "x",
                    StartedAt = T0.AddSeconds(1000 - seconds), Deadline = T0.AddSeconds(2200), SubmittedAt = T0.AddSeconds(1000 + people.Count),
                    Score = correct, Prediction = 100, DurationMs = seconds * 1000L, Essay = essay,
                };
                db.Add(a);
                await db.SaveChangesAsync();
                attempts[key] = a.Id;
            }

            return 0;
        });
        app.ForgetContest(id);
        return new Seeded(id, round, tree, people, attempts);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private Task<ContestAttempt> AttemptAsync(long id) => app.WithDbAsync(db => db.Set<ContestAttempt>().AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<int> AuditCountAsync(long attemptId) => app.WithDbAsync(db =>
        db.Set<AuditEntry>().CountAsync(e => e.Action == "contests.essay.graded" && e.EntityId == attemptId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static List<string> Order(Seeded s, JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(r => s.People.Single(p => p.Value == r.GetProperty("participantId").GetInt64()).Key).ToList();

    [Fact]
    public async Task Organiser_grades_essays_from_the_queue_and_the_ranking_adds_the_essay_score()
    {
        var s = await SeedAsync();
        var organiser = await app.ClientWithRoleAsync(AppRole.Editor, s.Tree.Federation);

        var queue = await organiser.GetJsonAsync($"/api/v1/contests/{s.ContestId}/essays?graded=false");
        Assert.Equal(2, queue.GetProperty("total").GetInt32()); // P3 wrote no essay
        Assert.Equal(s.Attempts["P1"], queue.GetProperty("items")[0].GetProperty("attemptId").GetInt64());
        Assert.Equal(10, queue.GetProperty("items")[0].GetProperty("maxPoints").GetInt32());

        var graded = await (await organiser.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P2"]}", new { score = 5, comment = "Ý tưởng rõ ràng" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(5, graded.GetProperty("score").GetInt32());
        Assert.Equal("Ý tưởng rõ ràng", graded.GetProperty("comment").GetString());
        Assert.False(string.IsNullOrEmpty(graded.GetProperty("gradedBy").GetString()));
        var stored = await AttemptAsync(s.Attempts["P2"]);
        Assert.Equal(5, stored.EssayScore);
        Assert.NotNull(stored.EssayGradedAt);
        Assert.NotNull(stored.EssayGradedBy);
        Assert.Equal(1, await AuditCountAsync(s.Attempts["P2"]));

        // Ungraded first: P1 now leads the queue, P2 follows; graded=false leaves P2 out.
        var all = await organiser.GetJsonAsync($"/api/v1/contests/{s.ContestId}/essays");
        Assert.Equal([s.Attempts["P1"], s.Attempts["P2"]], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("attemptId").GetInt64()));
        Assert.Equal(1, (await organiser.GetJsonAsync($"/api/v1/contests/{s.ContestId}/essays?graded=false")).GetProperty("total").GetInt32());

        // Default order: the essay adds to the score. P2 17 + 5 = 22 > P1 18 (ungraded: 0, pending) = P3 18.
        var ranking = await organiser.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.RoundId}");
        Assert.Equal("P2", Order(s, ranking)[0]);
        var first = ranking.GetProperty("items")[0];
        Assert.Equal(22, first.GetProperty("score").GetInt32());
        Assert.Equal(5, first.GetProperty("essayScore").GetInt32());
        Assert.True(ranking.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("participantId").GetInt64() == s.People["P1"]).GetProperty("essayPending").GetBoolean());

        // Regrading replaces the score and is audited again.
        await (await organiser.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score = 10, comment = (string?)null })).ExpectAsync(HttpStatusCode.OK);
        await (await organiser.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score = 9 })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, await AuditCountAsync(s.Attempts["P1"]));
        ranking = await organiser.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.RoundId}");
        Assert.Equal(["P1", "P2", "P3"], Order(s, ranking)); // 27, 22, 18
    }

    [Fact]
    public async Task Essay_as_a_tie_break_ranks_after_the_score_without_adding_to_it()
    {
        var s = await SeedAsync(["Score", "Essay", "Prediction", "Duration", "SubmittedAt"]);
        var admin = await app.AdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score = 1 })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P2"]}", new { score = 10 })).ExpectAsync(HttpStatusCode.OK);
        var ranking = await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.RoundId}");

        // P1 and P3 both 18: P1's essay (1) beats P3's none although P3 was faster; P2's 10 points do not lift 17 correct.
        Assert.Equal(["P1", "P3", "P2"], Order(s, ranking));
        Assert.Equal(18, ranking.GetProperty("items")[0].GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task Essay_key_in_the_order_needs_an_essay_question()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var response = await admin.PostAsync("/api/v1/contests", Json(ContestsApi.ContestBody(tree.Federation, tree.Federation, order: ["Score", "Essay"])));
        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "rankingOrder");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-1)]
    [InlineData(null)]
    public async Task Score_outside_zero_to_the_maximum_is_refused_in_Vietnamese_and_nothing_is_saved(int? score)
    {
        var s = await SeedAsync();
        var admin = await app.AdminAsync();
        var response = await admin.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score, comment = "Quá điểm" });
        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("score", error.GetProperty("field").GetString());
        Assert.Contains("từ 0 đến 10", error.GetProperty("message").GetString());

        var stored = await AttemptAsync(s.Attempts["P1"]);
        Assert.Null(stored.EssayScore);
        Assert.Null(stored.EssayComment);
        Assert.Null(stored.EssayGradedAt);
        Assert.Equal(0, await AuditCountAsync(s.Attempts["P1"]));
    }

    [Fact]
    public async Task Organisers_of_other_units_cannot_see_or_grade_essays()
    {
        var s = await SeedAsync();
        var elsewhere = await app.ClientWithRoleAsync(AppRole.Editor, s.Tree.OtherFederation);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/contests/{s.ContestId}/essays")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score = 5 })).StatusCode);

        var viewer = await app.ClientWithRoleAsync(AppRole.Viewer, s.Tree.Federation);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P1"]}", new { score = 5 })).StatusCode);

        Assert.Null((await AttemptAsync(s.Attempts["P1"])).EssayScore);
        Assert.Equal(0, await AuditCountAsync(s.Attempts["P1"]));

        // An attempt of another contest is not found through this one.
        var admin = await app.AdminAsync();
        var other = await SeedAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{other.Attempts["P1"]}", new { score = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/contests/{s.ContestId}/essays/{s.Attempts["P3"]}", new { score = 5 })).StatusCode); // no essay written
    }

    [Fact]
    public async Task Participation_rate_above_grassroots_counts_the_whole_subtree()
    {
        var s = await SeedAsync();
        var admin = await app.AdminAsync();

        // A union group of 15 inside the 40-member union: its members are already in the union's 40.
        await admin.CreateUnitAsync(OrgApi.Unique("Tổ công đoàn phân xưởng"), "UnionGroup", s.Tree.Grassroots1, memberCount: 15);

        var grassroots = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/unit-stats?roundId={s.RoundId}&level=GrassrootsUnion")).EnumerateArray().ToList();
        Assert.Equal(40, grassroots.Single(u => u.GetProperty("unitId").GetInt32() == s.Tree.Grassroots1).GetProperty("members").GetInt32());
        Assert.Equal(0.05, grassroots.Single(u => u.GetProperty("unitId").GetInt32() == s.Tree.Grassroots1).GetProperty("participationRate").GetDouble()); // 2 of 40

        var district = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/unit-stats?roundId={s.RoundId}&level=UpperUnion")).EnumerateArray().Single();
        Assert.Equal(s.Tree.District, district.GetProperty("unitId").GetInt32());
        Assert.Equal(3, district.GetProperty("entrants").GetInt32());
        Assert.Equal(50, district.GetProperty("members").GetInt32());
        Assert.Equal(0.06, district.GetProperty("participationRate").GetDouble()); // 3 of 40 + 10

        var federation = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/unit-stats?roundId={s.RoundId}&level=Federation")).EnumerateArray().Single();
        Assert.Equal(50, federation.GetProperty("members").GetInt32());
        Assert.Equal(0.06, federation.GetProperty("participationRate").GetDouble());
    }
}

public sealed class ContestEssayGradingTests_Sqlite(SqliteAppFixture app) : ContestEssayGradingTests<SqliteAppFixture>(app);

public sealed class ContestEssayGradingTests_Postgres(PostgresAppFixture app) : ContestEssayGradingTests<PostgresAppFixture>(app);
