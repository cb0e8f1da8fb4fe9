using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>
/// One post fanned out to a channel of each of the demo's 640 grassroots unions (Facebook Pages and
/// Zalo OAs in turn) through the fakes, all through the API: channels registered with pasted tokens,
/// the post written, submitted, approved and published with <c>{"channelIds":[...]}</c>. 5% of the
/// Pages and OAs get a fault drawn with a fixed seed. Works against the in-process app and against a
/// separate server process alike.
/// </summary>
internal sealed partial class FanOutScenario(HttpClient client, FakePlatforms fake)
{
    public const int Seed = 20261130;

    private static readonly string[] Unsettled = ["Pending", "Sending", "Unconfirmed"];

    public sealed record Target(long ChannelId, int UnitId, string Kind, string ExternalId);

    public Dictionary<long, Target> Targets { get; } = [];

    public long PostId { get; private set; }

    /// <summary>The signed-in administrator's client (a restarted server takes a new one).</summary>
    public HttpClient Admin { get; set; } = client;

    /// <summary>Settings that point the server's channels at the fakes, with short timeouts and back-offs.</summary>
    public static Dictionary<string, string?> Settings(FakePlatforms fake) => new()
    {
        ["Channels:Facebook:GraphBaseUrl"] = fake.BaseUrl,
        ["Channels:Facebook:TimeoutSeconds"] = "2",
        ["Channels:Zalo:OpenApiBaseUrl"] = fake.BaseUrl,
        ["Channels:Zalo:OAuthBaseUrl"] = fake.BaseUrl,
        ["Channels:Zalo:AppId"] = "123",
        ["Channels:Zalo:SecretKey"] = "secret",
        ["Channels:Zalo:TimeoutSeconds"] = "2",
        ["Channels:Zalo:VerifyDelayMilliseconds"] = "50",
        ["Channels:Outbox:PollSeconds"] = "0.2",
        ["Channels:Outbox:BackoffBaseSeconds"] = "0.3",
        ["Channels:Outbox:BackoffMaxSeconds"] = "2",
        ["Channels:Outbox:RateLimitSeconds"] = "1",
        ["Channels:Outbox:MaxAttempts"] = "4",
        ["Site:PublicBaseUrl"] = "https://congdoan.test",
    };

    /// <summary>Registers the 640 channels, plans the faults, writes and approves the post.</summary>
    public async Task PrepareAsync()
    {
        fake.SlowAnswer = TimeSpan.FromSeconds(4); // longer than the 2 s timeout above
        var federation = (await UnitIdsAsync("Federation"))[0];
        var units = await UnitIdsAsync("GrassrootsUnion");
        Assert.Equal(640, units.Count);

        var planned = units.Select((u, i) => i % 2 == 0
            ? (Unit: u, Kind: "FacebookPage", External: "61" + u.ToString("D10", CultureInfo.InvariantCulture), Token: "fb-page-token-" + u.ToString(CultureInfo.InvariantCulture))
            : (Unit: u, Kind: "ZaloOa", External: "88" + u.ToString("D12", CultureInfo.InvariantCulture), Token: "zalo-oa-token-" + u.ToString(CultureInfo.InvariantCulture))).ToList();
        foreach (var p in planned.Where(p => p.Kind == "ZaloOa"))
        {
            fake.RegisterOa(p.External, p.Token);
        }

        fake.PlanRandomFaults(
            planned.Where(p => p.Kind == "FacebookPage").Select(p => p.External).ToList(),
            planned.Where(p => p.Kind == "ZaloOa").Select(p => p.External).ToList(),
            0.05,
            Seed);

        await Parallel.ForEachAsync(planned, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (p, ct) =>
        {
            using var response = await Admin.PostAsJsonAsync(
                "/api/v1/channels",
                new { unitId = p.Unit, kind = p.Kind, externalId = p.External, name = (p.Kind == "ZaloOa" ? "Zalo OA " : "Fanpage ") + p.Unit.ToString(CultureInfo.InvariantCulture), accessToken = p.Token },
                ct);
            var created = await response.ExpectAsync(HttpStatusCode.Created);
            var id = created.GetProperty("id").GetInt64();
            lock (Targets)
            {
                Targets[id] = new Target(id, p.Unit, p.Kind, p.External);
            }
        });

        var post = await Admin.PostJsonAsync(
            "/api/v1/posts",
            new
            {
                unitId = federation,
                title = "Liên đoàn Lao động tỉnh phát động Tháng Công nhân năm 2026",
                summary = "Các công đoàn cơ sở cùng đăng tin phát động.",
                bodyHtml = "<p>Sáng nay, Liên đoàn Lao động tỉnh đã phát động <strong>Tháng Công nhân</strong> tới 640 công đoàn cơ sở.</p>",
                format = "News",
                topicIds = Array.Empty<int>(),
                tags = new[] { "Tháng Công nhân" },
            },
            HttpStatusCode.Created);
        PostId = post.GetProperty("id").GetInt64();
        await Admin.PostJsonAsync($"/api/v1/posts/{PostId}/submit", new { });
        await Admin.PostJsonAsync($"/api/v1/posts/{PostId}/approve", new { });
    }

    /// <summary><c>POST /api/v1/posts/{id}/publish {"channelIds":[...]}</c>: the 640 deliveries are committed with it.</summary>
    public async Task PublishAsync()
    {
        var published = await Admin.PostJsonAsync($"/api/v1/posts/{PostId}/publish", new { channelIds = Targets.Keys.Order().ToArray() });
        Assert.Equal("Published", published.GetProperty("status").GetString());
    }

    /// <summary>How many deliveries are still pending, sending or unconfirmed.</summary>
    public async Task<int> UnsettledAsync()
    {
        var total = 0;
        foreach (var status in Unsettled)
        {
            total += (await Admin.GetJsonAsync($"/api/v1/deliveries?status={status}&pageSize=1")).GetProperty("total").GetInt32();
        }

        return total;
    }

    /// <summary>Waits until no delivery is pending, sending or unconfirmed.</summary>
    public async Task<TimeSpan> SettleAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (await UnsettledAsync() > 0)
        {
            if (clock.Elapsed > timeout)
            {
                var rows = await DeliveriesAsync();
                var counts = string.Join(", ", rows.GroupBy(r => r.GetProperty("status").GetString()).Select(g => g.Key + ": " + g.Count().ToString(CultureInfo.InvariantCulture)));
                Assert.Fail($"Not settled after {timeout}: {counts}");
            }

            await Task.Delay(250);
        }

        return clock.Elapsed;
    }

    public async Task<List<JsonElement>> DeliveriesAsync() =>
        (await Admin.GetJsonAsync($"/api/v1/posts/{PostId}/deliveries")).EnumerateArray().ToList();

    /// <summary>
    /// Counted on the fakes: no Page or OA has the post twice; each published delivery's remote id is
    /// the one post the fake shows; expired tokens ended as needsReauth and a platform down for good
    /// as failed, both with a Vietnamese reason and nothing on the platform; answers lost after the
    /// write were reconciled (found by reading the feed/article list), not sent again.
    /// </summary>
    public async Task AssertSettledExactlyOnceAsync()
    {
        var deliveries = await DeliveriesAsync();
        Assert.Equal(640, deliveries.Count);
        var published = 0;
        foreach (var d in deliveries)
        {
            var target = Targets[d.GetProperty("channelId").GetInt64()];
            var status = d.GetProperty("status").GetString();
            var onPlatform = fake.PostsOn(target.ExternalId);
            var fault = fake.Plan.GetValueOrDefault(target.ExternalId);
            var label = $"{target.Kind} {target.ExternalId} ({fault}): {status}, {onPlatform.Count} on the platform";
            Assert.True(onPlatform.Count <= 1, "Sent twice: " + label);
            switch (fault)
            {
                case PlannedFault.ExpiredToken:
                    Assert.True(status == "NeedsReauth", label);
                    break;
                case PlannedFault.ServerDown:
                    Assert.True(status == "Failed", label);
                    break;
                default:
                    Assert.True(status == "Published", label);
                    break;
            }

            if (status == "Published")
            {
                published++;
                Assert.True(onPlatform.Count == 1, label);
                var remoteId = d.GetProperty("remoteId").GetString();
                var tries = string.Join(", ", d.GetProperty("history").EnumerateArray().Select(a => a.GetProperty("outcome").GetString() + " " + a.GetProperty("errorCode")));
                Assert.True(onPlatform[0] == remoteId, $"{label}: remote id {remoteId}, on the platform {onPlatform[0]}; attempts: {tries}");
            }
            else
            {
                Assert.Empty(onPlatform);
                var error = d.GetProperty("lastError").GetString();
                Assert.True(error is not null && VietnameseLetters().IsMatch(error), label + ": lastError " + error);
            }

            var outcomes = d.GetProperty("history").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()).ToList();
            if (fault == PlannedFault.LostResponse)
            {
                // The write landed, its answer did not: found by reading the platform, never re-sent.
                Assert.True(fake.WritesTo(target.ExternalId) == 1, label + ": writes " + fake.WritesTo(target.ExternalId).ToString(CultureInfo.InvariantCulture));
                Assert.True(outcomes.Contains("reconciledFound"), label + ": " + string.Join(", ", outcomes));
            }
            else if (fault == PlannedFault.Slow)
            {
                // Timed out without landing: read first (found missing), then sent once more. After a
                // kill -9 the read that found it missing may have died with the process, and the
                // second send's post is then found by the read after the restart.
                Assert.True(outcomes.Contains("reconciledMissing") || outcomes.Contains("reconciledFound"), label + ": " + string.Join(", ", outcomes));
                Assert.True(fake.WritesTo(target.ExternalId) == 2, label + ": writes " + fake.WritesTo(target.ExternalId).ToString(CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(fake.PublishedCount, published);
        Assert.True(fake.LostAnswers >= fake.Plan.Values.Count(f => f == PlannedFault.LostResponse));
    }

    private async Task<List<int>> UnitIdsAsync(string level) =>
        (await Admin.GetJsonAsync($"/api/v1/org-units?level={level}&pageSize=1000")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetInt32()).Order().ToList();

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetters();
}
