using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>
/// Rankings on a crafted dataset where each tie-break decides at least one pair: score, then
/// the prediction's closeness, then the shorter time, then the earlier submission; the best of
/// a participant's attempts counts; overall sums per-round bests; the order is configurable.
/// </summary>
public abstract class ContestRankingTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private sealed record Seeded(int ContestId, int Round1, int Round2, Dictionary<string, long> People, Dictionary<string, long> Attempts, ContestsApi.Tree Tree);

    private async Task<Seeded> SeedAsync(string[]? order = null)
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var body = ContestsApi.ContestBody(tree.Federation, tree.Federation, questions: 20, order: order, predictionValue: 100);
        var contest = await admin.CreateContestAsync(body);
        var id = contest.GetProperty("id").GetInt32();

        // A second round, both in the past.
        var json = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
        json["rounds"] = new[]
        {
            new { id = (int?)contest.GetProperty("rounds")[0].GetProperty("id").GetInt32(), title = "Tuần 1", opensAt = T0, closesAt = T0.AddDays(7) },
            new { id = (int?)null, title = "Tuần 2", opensAt = T0.AddDays(7), closesAt = T0.AddDays(14) },
        };
        var updated = await (await admin.PutAsync($"/api/v1/contests/{id}", new StringContent(JsonSerializer.Serialize(json), System.Text.Encoding.UTF8, "application/json"))).ExpectAsync(HttpStatusCode.OK);
        var r1 = updated.GetProperty("rounds")[0].GetProperty("id").GetInt32();
        var r2 = updated.GetProperty("rounds")[1].GetProperty("id").GetInt32();

        var people = new Dictionary<string, long>();
        var attempts = new Dictionary<string, long>();
        await app.WithDbAsync(async db =>
        {
            foreach (var (name, unit) in new[] { ("P1", tree.Grassroots1), ("P2", tree.Grassroots1), ("P3", tree.Grassroots2), ("P4", tree.Grassroots1), ("P5", tree.Grassroots2), ("P6", tree.Grassroots1), ("P7", tree.Grassroots1) })
            {
                var p = new ContestParticipant { ContestId = id, Name = "Người " + name, Phone = ContestsApi.Phone(), UnitId = unit, SecretHash = "x", ConsentedAt = T0, RegisteredAt = T0 };
                db.Add(p);
                await db.SaveChangesAsync();
                people[name] = p.Id;
            }

            //                    who   round  n  score pred  duration s  submitted +s
            await Add(db, attempts, "P1a", id, r1, people["P1"], 1, 19, 50, 300, 10);
            await Add(db, attempts, "P2a", id, r1, people["P2"], 1, 18, 100, 600, 20);  // gap 0
            await Add(db, attempts, "P3a", id, r1, people["P3"], 1, 18, 90, 100, 30);   // gap 10, faster
            await Add(db, attempts, "P4a", id, r1, people["P4"], 1, 18, 110, 200, 1);   // gap 10, slower, earlier
            await Add(db, attempts, "P5a", id, r1, people["P5"], 1, 18, 110, 200, 5);   // gap 10, slower, later
            await Add(db, attempts, "P6a", id, r1, people["P6"], 1, 18, null, 50, 0);   // no prediction: last of the 18s
            await Add(db, attempts, "P7a", id, r1, people["P7"], 1, 10, 100, 100, 40);  // the weaker attempt
            await Add(db, attempts, "P7b", id, r1, people["P7"], 2, 19, 100, 400, 50);  // the best: 19, gap 0
            await Add(db, attempts, "P1r2", id, r2, people["P1"], 1, 5, 100, 100, 7 * 86400 + 60);
            return 0;
        });
        app.ForgetContest(id);
        return new Seeded(id, r1, r2, people, attempts, tree);
    }

    private static async Task Add(AppDbContext db, Dictionary<string, long> ids, string key, int contestId, int roundId, long participantId, int number, int score, int? prediction, int seconds, int submittedAfter)
    {
        var a = new ContestAttempt
        {
            ContestId = contestId, RoundId = roundId, ParticipantId = participantId, Number = number, Layout = "", TokenHash = "x",
            StartedAt = T0.AddSeconds(submittedAfter - seconds), Deadline = T0.AddSeconds(submittedAfter + 1200), SubmittedAt = T0.AddSeconds(submittedAfter),
            Score = score, Prediction = prediction, DurationMs = seconds * 1000L,
        };
        db.Add(a);
        await db.SaveChangesAsync();
        ids[key] = a.Id;
    }

    [Fact]
    public async Task Round_ranking_applies_score_then_prediction_then_duration_then_submission_time()
    {
        var s = await SeedAsync();
        var admin = await app.AdminAsync();
        var page = await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.Round1}");
        var rows = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, page.GetProperty("total").GetInt32());
        var order = rows.Select(r => s.People.Single(p => p.Value == r.GetProperty("participantId").GetInt64()).Key).ToList();
        //   P7 (19, gap 0) > P1 (19, gap 50)             : prediction decides among 19s
        //   P2 (18, gap 0) > P3 (gap 10, 100 s)          : prediction
        //   P3 (100 s) > P4 (200 s)                      : duration
        //   P4 (submitted +1 s) > P5 (+5 s)              : submission time
        //   P6 (no prediction) last among the 18s
        Assert.Equal(["P7", "P1", "P2", "P3", "P4", "P5", "P6"], order);
        Assert.Equal(s.Attempts["P7b"], rows[0].GetProperty("attemptId").GetInt64());
        Assert.Equal(0, rows[0].GetProperty("predictionGap").GetInt64());
        Assert.Equal(Enumerable.Range(1, 7), rows.Select(r => r.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public async Task Ranking_order_is_configurable_per_contest()
    {
        var s = await SeedAsync(["Score", "Duration", "Prediction", "SubmittedAt"]);
        var admin = await app.AdminAsync();
        var rows = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.Round1}")).GetProperty("items").EnumerateArray().ToList();
        var order = rows.Select(r => s.People.Single(p => p.Value == r.GetProperty("participantId").GetInt64()).Key).ToList();
        // Duration before prediction: P1 (300 s) before P7's best (400 s); P6 (50 s) first of the 18s.
        Assert.Equal(["P1", "P7", "P6", "P3", "P4", "P5", "P2"], order);
    }

    [Fact]
    public async Task Overall_ranking_sums_each_round_best()
    {
        var s = await SeedAsync();
        var admin = await app.AdminAsync();
        var rows = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(s.People["P1"], rows[0].GetProperty("participantId").GetInt64());
        Assert.Equal(24, rows[0].GetProperty("score").GetInt32());
        Assert.Equal(s.People["P7"], rows[1].GetProperty("participantId").GetInt64());
        Assert.Equal(19, rows[1].GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task Unit_statistics_count_entrants_and_participation_rate()
    {
        var s = await SeedAsync();
        var admin = await app.AdminAsync();
        var byEntrants = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/unit-stats?roundId={s.Round1}")).EnumerateArray().ToList();
        Assert.Equal(s.Tree.Grassroots1, byEntrants[0].GetProperty("unitId").GetInt32());
        Assert.Equal(5, byEntrants[0].GetProperty("entrants").GetInt32());
        Assert.Equal(0.125, byEntrants[0].GetProperty("participationRate").GetDouble()); // 5 of 40
        var byRate = (await admin.GetJsonAsync($"/api/v1/contests/{s.ContestId}/unit-stats?roundId={s.Round1}&byRate=true")).EnumerateArray().ToList();
        Assert.Equal(s.Tree.Grassroots2, byRate[0].GetProperty("unitId").GetInt32());
        Assert.Equal(0.2, byRate[0].GetProperty("participationRate").GetDouble()); // 2 of 10

        var winners = await admin.GetAsync($"/api/v1/contests/{s.ContestId}/exports/winners.xlsx");
        Assert.Equal(HttpStatusCode.OK, winners.StatusCode);
        var bytes = await winners.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
    }

    [Fact]
    public async Task Public_ranking_of_a_closed_round_masks_phones()
    {
        var s = await SeedAsync();
        var anonymous = app.Anonymous();
        var rows = (await anonymous.GetJsonAsync($"/api/v1/contests/{s.ContestId}/rankings?roundId={s.Round1}")).GetProperty("items").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Contains("*", r.GetProperty("phone").GetString()));
    }
}

public sealed class ContestRankingTests_Sqlite(SqliteAppFixture app) : ContestRankingTests<SqliteAppFixture>(app);

public sealed class ContestRankingTests_Postgres(PostgresAppFixture app) : ContestRankingTests<PostgresAppFixture>(app);
