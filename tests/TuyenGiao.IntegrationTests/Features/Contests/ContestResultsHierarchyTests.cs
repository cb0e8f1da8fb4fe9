using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Contests.Domain;
using static TuyenGiao.IntegrationTests.Infrastructure.OrgApi;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>
/// Unit tables use the hierarchy as of the contest's close: a contest that closed before a unit
/// was moved or merged keeps its result (back office, public page and public API), while a
/// contest still open follows today's hierarchy. The public page gives unit prizes per level
/// (upper-level unions and grassroots unions) from the same tables as the back office.
/// </summary>
public abstract class ContestResultsHierarchyTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    /// <summary>Long before today: the restructurings below take effect today, after this contest closed.</summary>
    private static readonly DateTime ClosedOpens = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A federation with two districts: D1 holds G1 (40 members, 3 entrants) and G2 (10 members,
    /// 1 entrant); D2 (5 direct members of its own) holds G3 (30 members, 1 entrant).
    /// </summary>
    private sealed record Tree(int Federation, int D1, int D2, int G1, int G2, int G3, string D1Name, string D2Name, string G1Name, string G2Name);

    private sealed record Contest(int Id, string Slug);

    private static async Task<Tree> CreateTreeAsync(HttpClient admin)
    {
        var fed = await admin.CreateFederationAsync();
        var d1Name = Unique("LĐLĐ huyện Ba Bể");
        var d2Name = Unique("LĐLĐ huyện Chợ Đồn");
        var g1Name = Unique("Công đoàn cơ sở Trường Tiểu học Chu Hương");
        var g2Name = Unique("Công đoàn cơ sở Trạm Y tế xã Đồng Phúc");
        var d1 = await admin.CreateUnitAsync(d1Name, "DistrictFederation", fed);
        var d2 = await admin.CreateUnitAsync(d2Name, "DistrictFederation", fed, memberCount: 5);
        var g1 = await admin.CreateUnitAsync(g1Name, "GrassrootsUnion", d1, memberCount: 40);
        var g2 = await admin.CreateUnitAsync(g2Name, "GrassrootsUnion", d1, memberCount: 10);
        var g3 = await admin.CreateUnitAsync(Unique("Công đoàn cơ sở Bệnh viện Chợ Đồn"), "GrassrootsUnion", d2, memberCount: 30);
        return new Tree(fed, d1, d2, g1, g2, g3, d1Name, d2Name, g1Name, g2Name);
    }

    /// <summary>A one-round contest over the tree with five entrants (one submitted attempt each, scores 20 down to 16).</summary>
    private async Task<Contest> CreateContestAsync(HttpClient admin, Tree t, DateTime opens, DateTime closes)
    {
        var contest = await admin.CreateContestAsync(ContestsApi.ContestBody(t.Federation, t.Federation, questions: 20, opens: opens, closes: closes));
        var id = contest.GetProperty("id").GetInt32();
        var round = contest.GetProperty("rounds")[0].GetProperty("id").GetInt32();
        var submitted = opens.AddMinutes(30);
        await app.WithDbAsync(async db =>
        {
            var score = 20;
            foreach (var unit in new[] { t.G1, t.G1, t.G1, t.G2, t.G3 })
            {
                var p = new ContestParticipant { ContestId = id, Name = "Trần Thị Hoa", Phone = ContestsApi.Phone(), UnitId = unit, SecretHash = "x", ConsentedAt = opens, RegisteredAt = opens };
                db.Add(p);
                await db.SaveChangesAsync();
                db.Add(new ContestAttempt
                {
                    ContestId = id, RoundId = round, ParticipantId = p.Id, Number = 1, Layout = "", TokenHash = "x",
                    StartedAt = submitted.AddMinutes(-5), Deadline = submitted.AddMinutes(15), SubmittedAt = submitted, Score = score--, Prediction = 100, DurationMs = 300_000,
                });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        app.ForgetContest(id);
        return new Contest(id, contest.GetProperty("slug").GetString()!);
    }

    private static async Task<Dictionary<int, JsonElement>> UnitStatsAsync(HttpClient client, int contestId, string level) =>
        (await client.GetJsonAsync($"/api/v1/contests/{contestId}/unit-stats?level={level}")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("unitId").GetInt32());

    private static void AssertUnit(Dictionary<int, JsonElement> table, int unitId, int entrants, int members)
    {
        Assert.True(table.ContainsKey(unitId), $"unit {unitId} missing from the table");
        Assert.Equal(entrants, table[unitId].GetProperty("entrants").GetInt32());
        Assert.Equal(members, table[unitId].GetProperty("members").GetInt32());
        Assert.Equal(Math.Round((double)entrants / members, 4), table[unitId].GetProperty("participationRate").GetDouble());
    }

    /// <summary>The public API's unit prizes of the contest's only round, by level.</summary>
    private static async Task<Dictionary<string, JsonElement>> PublicPrizesAsync(HttpClient client, int contestId)
    {
        var results = await client.GetJsonAsync($"/api/v1/contests/{contestId}/public-results");
        var round = results.GetProperty("rounds")[0];
        Assert.True(round.GetProperty("closed").GetBoolean());
        return round.GetProperty("unitPrizes").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
    }

    private static List<string> Names(JsonElement prizes, string list) =>
        prizes.GetProperty(list).EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Public_results_give_unit_prizes_to_upper_level_unions_and_to_grassroots_unions()
    {
        var admin = await app.AdminAsync();
        var t = await CreateTreeAsync(admin);
        var closed = await CreateContestAsync(admin, t, ClosedOpens, ClosedOpens.AddDays(7));

        var prizes = await PublicPrizesAsync(app.Anonymous(), closed.Id);
        Assert.Equal(["UpperUnion", "GrassrootsUnion"], prizes.Keys);

        // Upper level: D1 counts G1 and G2 (4 entrants of 50 members), D2 its own 5 and G3's 30 (1 of 35):
        // an upper union's own count adds to its unions' counts, it does not replace them.
        var upper = prizes["UpperUnion"];
        Assert.Equal([t.D1Name, t.D2Name], Names(upper, "mostEntrants"));
        Assert.Equal(4, upper.GetProperty("mostEntrants")[0].GetProperty("entrants").GetInt32());
        Assert.Equal(50, upper.GetProperty("mostEntrants")[0].GetProperty("members").GetInt32());
        Assert.Equal([t.D1Name, t.D2Name], Names(upper, "highestRate")); // 8% before 2.9%

        // Grassroots: two prizes (the contest's unitPrizes); G2's 1 of 10 is the highest rate.
        var grassroots = prizes["GrassrootsUnion"];
        Assert.Equal(t.G1Name, Names(grassroots, "mostEntrants")[0]);
        Assert.Equal(2, grassroots.GetProperty("mostEntrants").GetArrayLength());
        Assert.Equal(t.G2Name, Names(grassroots, "highestRate")[0]);

        // The same figures as the back office's unit table at that level.
        var backOffice = await UnitStatsAsync(admin, closed.Id, "UpperUnion");
        AssertUnit(backOffice, t.D1, 4, 50);
        AssertUnit(backOffice, t.D2, 1, 35);

        // The page shows both levels, with the level's name.
        var html = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync($"/cuoc-thi/{closed.Slug}/ket-qua"));
        Assert.Contains("data-level=\"UpperUnion\"", html);
        Assert.Contains("data-level=\"GrassrootsUnion\"", html);
        Assert.Contains("Giải tập thể: Công đoàn cấp trên trực tiếp cơ sở", html);
        Assert.Contains(t.D1Name, html);
    }

    [Fact]
    public async Task A_closed_contest_keeps_its_unit_tables_after_a_unit_moves_while_an_open_one_follows_today()
    {
        var admin = await app.AdminAsync();
        var t = await CreateTreeAsync(admin);
        var closed = await CreateContestAsync(admin, t, ClosedOpens, ClosedOpens.AddDays(7));
        var open = await CreateContestAsync(admin, t, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddDays(7));

        // G1 (3 entrants, 40 members) moves from D1 to D2 from today.
        await admin.PostJsonAsync($"{Units}/{t.G1}/move", new { parentId = t.D2 });

        // Closed before the move: D1 still has G1's entrants and members.
        var closedUpper = await UnitStatsAsync(admin, closed.Id, "UpperUnion");
        AssertUnit(closedUpper, t.D1, 4, 50);
        AssertUnit(closedUpper, t.D2, 1, 35);
        var prizes = await PublicPrizesAsync(app.Anonymous(), closed.Id);
        Assert.Equal([t.D1Name, t.D2Name], Names(prizes["UpperUnion"], "mostEntrants"));
        Assert.Equal(4, prizes["UpperUnion"].GetProperty("mostEntrants")[0].GetProperty("entrants").GetInt32());
        var html = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync($"/cuoc-thi/{closed.Slug}/ket-qua"));
        var upperSection = html[html.IndexOf("data-level=\"UpperUnion\"", StringComparison.Ordinal)..html.IndexOf("data-level=\"GrassrootsUnion\"", StringComparison.Ordinal)];
        Assert.True(upperSection.IndexOf(t.D1Name, StringComparison.Ordinal) < upperSection.IndexOf(t.D2Name, StringComparison.Ordinal), "D1 should lead the closed contest's upper-level prizes");

        // Still open: today's hierarchy, G1 is under D2 now.
        var openUpper = await UnitStatsAsync(admin, open.Id, "UpperUnion");
        AssertUnit(openUpper, t.D2, 4, 75);
        AssertUnit(openUpper, t.D1, 1, 10);
    }

    [Fact]
    public async Task A_closed_contest_keeps_its_unit_tables_after_units_merge_while_an_open_one_follows_today()
    {
        var admin = await app.AdminAsync();
        var t = await CreateTreeAsync(admin);
        var closed = await CreateContestAsync(admin, t, ClosedOpens, ClosedOpens.AddDays(7));
        var open = await CreateContestAsync(admin, t, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddDays(7));

        // G2 (10 members) merges into G1 from today: G1 has 50 members.
        await admin.PostJsonAsync($"{Units}/merge", new { sourceIds = new[] { t.G2 }, targetId = t.G1 });

        // Closed before the merge: G1 still 3 of 40, G2 still a unit with 1 of 10 (the best rate).
        var closedGrassroots = await UnitStatsAsync(admin, closed.Id, "GrassrootsUnion");
        AssertUnit(closedGrassroots, t.G1, 3, 40);
        AssertUnit(closedGrassroots, t.G2, 1, 10);
        var byRate = (await admin.GetJsonAsync($"/api/v1/contests/{closed.Id}/unit-stats?level=GrassrootsUnion&byRate=true"))[0];
        Assert.Equal(t.G2, byRate.GetProperty("unitId").GetInt32());
        var prizes = await PublicPrizesAsync(app.Anonymous(), closed.Id);
        Assert.Equal(t.G2Name, Names(prizes["GrassrootsUnion"], "highestRate")[0]);
        Assert.Equal(0.075, prizes["GrassrootsUnion"].GetProperty("highestRate").EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == t.G1Name).GetProperty("participationRate").GetDouble());

        // The ranking still names the units as they were.
        var row = (await admin.GetJsonAsync($"/api/v1/contests/{closed.Id}/rankings")).GetProperty("items")[3];
        Assert.Equal(t.G2Name, row.GetProperty("unitName").GetString());

        // Still open: today G1 has the merged members (3 of 50).
        var openGrassroots = await UnitStatsAsync(admin, open.Id, "GrassrootsUnion");
        AssertUnit(openGrassroots, t.G1, 3, 50);
    }

    [Fact]
    public async Task Public_results_api_answers_404_for_an_unknown_contest()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/contests/987654/public-results");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ContestResultsHierarchyTests_Sqlite(SqliteAppFixture app) : ContestResultsHierarchyTests<SqliteAppFixture>(app);

public sealed class ContestResultsHierarchyTests_Postgres(PostgresAppFixture app) : ContestResultsHierarchyTests<PostgresAppFixture>(app);
