using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.IntegrationTests.Features.Contests;

/// <summary>Taking part through the API: registration, the fixed attempt, answers, deadline, attempt limit, no leak of correct options, data rights.</summary>
public abstract class ContestParticipationTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private async Task<(int ContestId, ContestsApi.Tree Tree)> ContestAsync(int questions = 3, int attempts = 2, int bank = 6)
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var contest = await admin.CreateContestAsync(ContestsApi.ContestBody(tree.Federation, tree.Federation, questions, attempts));
        var id = contest.GetProperty("id").GetInt32();
        await admin.AddQuestionsAsync(id, bank);
        return (id, tree);
    }

    [Fact]
    public async Task Registration_requires_consent_a_valid_phone_and_an_eligible_unit_and_writes_nothing_otherwise()
    {
        var (id, tree) = await ContestAsync();
        var client = app.Anonymous();
        var bad = await (await client.PostAsync($"/api/v1/contests/{id}/register", JsonContent(new { name = "", phone = "12345", unitId = tree.OtherFederation, consent = false }))).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["name", "phone", "unitId", "consent"], fields);
        Assert.Equal("Dữ liệu chưa hợp lệ", bad.GetProperty("title").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ContestParticipant>().CountAsync(p => p.ContestId == id)));

        var who = await client.RegisterAsync(id, tree.Grassroots1);
        var again = await (await client.PostAsync($"/api/v1/contests/{id}/register", JsonContent(new { name = "Người khác", phone = "+84 " + who.Phone[1..], consent = true }))).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("đã đăng ký", again.GetProperty("detail").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ContestParticipant>().CountAsync(p => p.ContestId == id)));
    }

    [Fact]
    public async Task Unit_picker_finds_units_of_the_eligible_subtree_without_tones()
    {
        var (id, tree) = await ContestAsync();
        var found = await app.Anonymous().GetJsonAsync($"/api/v1/contests/{id}/units?q=truong tieu hoc duc xuan");
        Assert.Contains(found.EnumerateArray(), u => u.GetProperty("id").GetInt32() == tree.Grassroots1);
        var outside = await app.Anonymous().GetJsonAsync($"/api/v1/contests/{id}/units?q=lien doan khac");
        Assert.DoesNotContain(outside.EnumerateArray(), u => u.GetProperty("id").GetInt32() == tree.OtherFederation);
    }

    [Fact]
    public async Task An_attempt_is_fixed_at_start_saves_answers_resumes_and_submits_once()
    {
        var (id, tree) = await ContestAsync();
        var client = app.Anonymous();
        var who = await client.RegisterAsync(id, tree.Grassroots1);
        var attempt = await client.StartAsync(id, who);
        var questions = attempt.View.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(3, questions.Count);
        Assert.InRange(attempt.View.GetProperty("secondsLeft").GetInt32(), 1190, 1200);

        var first = questions[0];
        var option = first.GetProperty("options")[0].GetProperty("id").GetInt32();
        var url = $"/api/v1/contests/{id}/attempts/{attempt.Id}";
        await (await client.SendAsync(HttpMethod.Put, url + "/answers", attempt.Token, new { questionId = first.GetProperty("id").GetInt32(), optionIds = new[] { option } })).ExpectAsync(HttpStatusCode.OK);

        // A dropped connection: the attempt comes back from the database with the same questions, order and answer.
        app.ForgetAttempt(attempt.Id);
        var resumed = await (await client.SendAsync(HttpMethod.Get, url, attempt.Token, null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            questions.Select(q => q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList()).SelectMany(x => x),
            resumed.GetProperty("questions").EnumerateArray().SelectMany(q => q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetInt32())));
        Assert.Equal([option], resumed.GetProperty("questions")[0].GetProperty("chosen").EnumerateArray().Select(o => o.GetInt32()));
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("token").ValueKind);

        var wrongToken = await (await client.SendAsync(HttpMethod.Get, url, "not-the-token", null)).ExpectAsync(HttpStatusCode.NotFound);
        Assert.StartsWith("Không tìm thấy", wrongToken.GetProperty("title").GetString());

        var receipt = await (await client.SendAsync(HttpMethod.Post, url + "/submit", attempt.Token, new { prediction = 12 })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, receipt.GetProperty("answered").GetInt32());
        Assert.Equal(3, receipt.GetProperty("total").GetInt32());
        await (await client.SendAsync(HttpMethod.Post, url + "/submit", attempt.Token, new { prediction = 13 })).ExpectAsync(HttpStatusCode.Conflict);
        await (await client.SendAsync(HttpMethod.Put, url + "/answers", attempt.Token, new { questionId = first.GetProperty("id").GetInt32(), optionIds = new[] { option } })).ExpectAsync(HttpStatusCode.Conflict);

        var row = await app.WithDbAsync(db => db.Set<ContestAttempt>().SingleAsync(a => a.Id == attempt.Id));
        Assert.Equal(12, row.Prediction);
        Assert.NotNull(row.SubmittedAt);
        Assert.Equal("too-fast", row.Flags);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ContestAttemptEvent>().CountAsync(e => e.AttemptId == attempt.Id)));
    }

    [Fact]
    public async Task Rejects_a_start_beyond_the_attempt_limit()
    {
        var (id, tree) = await ContestAsync(attempts: 2);
        var client = app.Anonymous();
        var who = await client.RegisterAsync(id, tree.Grassroots1);
        await client.StartAsync(id, who);
        await client.StartAsync(id, who);
        var third = await (await client.PostAsync($"/api/v1/contests/{id}/attempts", JsonContent(new { phone = who.Phone, secret = who.Secret }))).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("Đã hết lượt thi", third.GetProperty("title").GetString());
        Assert.Contains("tối đa 2 lượt", third.GetProperty("detail").GetString());
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ContestAttempt>().CountAsync(a => a.ContestId == id)));

        var wrong = await (await client.PostAsync($"/api/v1/contests/{id}/attempts", JsonContent(new { phone = who.Phone, secret = "doan-mo" }))).ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Số điện thoại hoặc mã dự thi không đúng", wrong.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Rejects_attempt_after_deadline_plus_grace_and_keeps_the_answers_unchanged()
    {
        var (id, tree) = await ContestAsync();
        var client = app.Anonymous();
        var who = await client.RegisterAsync(id, tree.Grassroots1);
        var attempt = await client.StartAsync(id, who);
        var q = attempt.View.GetProperty("questions")[0];
        var body = new { questionId = q.GetProperty("id").GetInt32(), optionIds = new[] { q.GetProperty("options")[0].GetProperty("id").GetInt32() } };

        // The server's deadline passed 31 s ago (grace is 30 s).
        await app.WithDbAsync(db => db.Set<ContestAttempt>().Where(a => a.Id == attempt.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Deadline, DateTime.UtcNow.AddSeconds(-31))));
        app.ForgetAttempt(attempt.Id);

        var url = $"/api/v1/contests/{id}/attempts/{attempt.Id}";
        var late = await (await client.SendAsync(HttpMethod.Post, url + "/submit", attempt.Token, new { answers = new[] { body }, prediction = 5 })).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("Đã hết giờ làm bài", late.GetProperty("title").GetString());
        Assert.Contains("không được ghi nhận", late.GetProperty("detail").GetString());
        await (await client.SendAsync(HttpMethod.Put, url + "/answers", attempt.Token, body)).ExpectAsync(HttpStatusCode.Conflict);
        var row = await app.WithDbAsync(db => db.Set<ContestAttempt>().SingleAsync(a => a.Id == attempt.Id));
        Assert.Null(row.SubmittedAt);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ContestAnswer>().CountAsync(a => a.AttemptId == attempt.Id)));
    }

    [Fact]
    public async Task Takes_a_submission_within_the_grace_after_the_deadline()
    {
        var (id, tree) = await ContestAsync();
        var client = app.Anonymous();
        var attempt = await client.StartAsync(id, await client.RegisterAsync(id, tree.Grassroots1));
        await app.WithDbAsync(db => db.Set<ContestAttempt>().Where(a => a.Id == attempt.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Deadline, DateTime.UtcNow.AddSeconds(-10))));
        app.ForgetAttempt(attempt.Id);
        await (await client.SendAsync(HttpMethod.Post, $"/api/v1/contests/{id}/attempts/{attempt.Id}/submit", attempt.Token, new { prediction = 1 })).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_response_before_the_round_closes_reveals_a_correct_option()
    {
        var (id, tree) = await ContestAsync(questions: 6, bank: 6);
        var client = app.Anonymous();
        var bodies = new List<string>();
        async Task<JsonElement> Record(HttpResponseMessage r, HttpStatusCode expected)
        {
            bodies.Add(await r.Content.ReadAsStringAsync());
            return await r.ExpectAsync(expected);
        }

        bodies.Add(await (await client.GetAsync($"/api/v1/contests/{id}/public")).Content.ReadAsStringAsync());
        var who = await client.RegisterAsync(id, tree.Grassroots1);
        var start = await Record(await client.PostAsync($"/api/v1/contests/{id}/attempts", JsonContent(new { phone = who.Phone, secret = who.Secret })), HttpStatusCode.OK);
        var attemptId = start.GetProperty("attemptId").GetInt64();
        var token = start.GetProperty("token").GetString();
        var url = $"/api/v1/contests/{id}/attempts/{attemptId}";
        var chosen = new Dictionary<int, int>();
        foreach (var q in start.GetProperty("questions").EnumerateArray())
        {
            var qid = q.GetProperty("id").GetInt32();
            chosen[qid] = q.GetProperty("options").EnumerateArray().Last().GetProperty("id").GetInt32();
            await Record(await client.SendAsync(HttpMethod.Put, url + "/answers", token, new { questionId = qid, optionIds = new[] { chosen[qid] } }), HttpStatusCode.OK);
        }

        await Record(await client.SendAsync(HttpMethod.Get, url, token, null), HttpStatusCode.OK);
        await Record(await client.SendAsync(HttpMethod.Post, url + "/submit", token, new { prediction = 3 }), HttpStatusCode.OK);
        await Record(await client.SendAsync(HttpMethod.Get, url, token, null), HttpStatusCode.OK);
        await Record(await client.GetAsync($"/api/v1/contests/{id}/rankings"), HttpStatusCode.Conflict);
        await Record(await client.PostAsync($"/api/v1/contests/{id}/participants/data", JsonContent(new { phone = who.Phone, secret = who.Secret })), HttpStatusCode.OK);

        var correct = await app.WithDbAsync(db => db.Set<ContestOption>().Where(o => o.IsCorrect && db.Set<ContestQuestion>().Any(q => q.Id == o.QuestionId && q.ContestId == id)).Select(o => o.Id).ToListAsync());
        Assert.NotEmpty(correct);
        foreach (var text in bodies)
        {
            Assert.DoesNotContain("isCorrect", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("explanation", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("correctOptions", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"score\"", text, StringComparison.OrdinalIgnoreCase);
            if (text.StartsWith('{'))
            {
                // A correct option's id may appear only as an option offered (in the shuffled order) or as the participant's own choice.
                Scan(JsonDocument.Parse(text).RootElement, "$", correct, chosen.Values.ToHashSet());
            }
        }

        // Once the round has closed, the same attempt shows its score and the correct options.
        await app.WithDbAsync(db => db.Set<ContestRound>().Where(r => r.ContestId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosesAt, DateTime.UtcNow.AddSeconds(-1))));
        app.ForgetContest(id);
        var after = await (await client.SendAsync(HttpMethod.Get, url, token, null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(6, after.GetProperty("result").GetProperty("total").GetInt32());
        Assert.NotEmpty(after.GetProperty("result").GetProperty("correctOptions").EnumerateObject());
        await (await client.GetAsync($"/api/v1/contests/{id}/rankings")).ExpectAsync(HttpStatusCode.OK);
    }

    private static void Scan(JsonElement e, string path, List<int> correct, HashSet<int> chosen)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Scan(p.Value, path + "." + p.Name, correct, chosen);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Scan(item, path + "[" + i++ + "]", correct, chosen);
                }

                break;
            case JsonValueKind.Number when e.TryGetInt32(out var n) && correct.Contains(n):
                var offered = System.Text.RegularExpressions.Regex.IsMatch(path, @"\.questions\[\d+\]\.options\[\d+\]\.id$");
                var own = chosen.Contains(n) && (System.Text.RegularExpressions.Regex.IsMatch(path, @"\.questions\[\d+\]\.chosen\[\d+\]$") || path.Contains(".answers."));
                // Other numbers that may coincide with an option id: ids of other things, counts, times.
                var otherId = path == "$.id" || System.Text.RegularExpressions.Regex.IsMatch(path, @"(\.rounds\[\d+\]\.(id|number)|\.(attemptId|contestId|roundId|participantId|questionId|unitId|eligibleUnitId|number|secondsLeft|prediction|total|answered|durationMs|status|timeLimitMinutes|questionsPerAttempt|attemptsPerRound))$");
                Assert.True(offered || own || otherId, $"A correct option id ({n}) appears at {path}");
                break;
        }
    }

    [Fact]
    public async Task A_participant_downloads_their_data_and_erasure_keeps_counts_but_not_the_person()
    {
        var (id, tree) = await ContestAsync();
        var client = app.Anonymous();
        var who = await client.RegisterAsync(id, tree.Grassroots1);
        var attempt = await client.StartAsync(id, who);
        await (await client.SendAsync(HttpMethod.Post, $"/api/v1/contests/{id}/attempts/{attempt.Id}/submit", attempt.Token, new { prediction = 4, essay = "Bài viết của tôi" })).ExpectAsync(HttpStatusCode.OK);

        var data = await client.PostJsonAsync($"/api/v1/contests/{id}/participants/data", new { phone = who.Phone, secret = who.Secret });
        Assert.Equal(who.Phone, data.GetProperty("phone").GetString());
        Assert.Equal("Bài viết của tôi", data.GetProperty("attempts")[0].GetProperty("essay").GetString());

        await (await client.PostAsync($"/api/v1/contests/{id}/participants/erase", JsonContent(new { phone = who.Phone, secret = who.Secret }))).ExpectAsync(HttpStatusCode.NoContent);
        var p = await app.WithDbAsync(db => db.Set<ContestParticipant>().SingleAsync(x => x.ContestId == id));
        Assert.DoesNotContain(who.Phone, p.Phone);
        Assert.NotEqual("Nguyễn Văn An", p.Name);
        Assert.NotNull(p.ErasedAt);
        var a = await app.WithDbAsync(db => db.Set<ContestAttempt>().SingleAsync(x => x.Id == attempt.Id));
        Assert.Null(a.Essay);
        Assert.NotNull(a.SubmittedAt);
        await (await client.PostAsync($"/api/v1/contests/{id}/participants/data", JsonContent(new { phone = who.Phone, secret = who.Secret }))).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, AppFixture.Json), System.Text.Encoding.UTF8, "application/json");
}

public sealed class ContestParticipationTests_Sqlite(SqliteAppFixture app) : ContestParticipationTests<SqliteAppFixture>(app);

public sealed class ContestParticipationTests_Postgres(PostgresAppFixture app) : ContestParticipationTests<PostgresAppFixture>(app);
