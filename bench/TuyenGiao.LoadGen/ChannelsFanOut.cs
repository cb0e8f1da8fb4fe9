using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// <c>channels-fanout</c>: the fake Graph/Zalo servers (the integration tests' FakePlatforms, linked)
/// answering every call after <c>--latency</c> ms, on <c>--fake-port</c> where the server's
/// <c>Channels:*</c> base URLs point; registers a Facebook Page or Zalo OA channel for each of the
/// demo's grassroots unions through the API, publishes one post to all of them and measures how long
/// the outbox takes to settle: the time the last post lands on the fakes, the time the API shows no
/// delivery pending/sending/unconfirmed, deliveries per second, per-delivery p50/p95 (publish call →
/// published) and the server's peak memory (VmHWM of <c>--server-pid</c>).
/// </summary>
internal static class ChannelsFanOut
{
    private static readonly string[] Unsettled = ["Pending", "Sending", "Unconfirmed"];

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var url = o.GetValueOrDefault("url", "http://127.0.0.1:5741");
        var fakePort = int.Parse(o.GetValueOrDefault("fake-port", "5742"), CultureInfo.InvariantCulture);
        var latency = int.Parse(o.GetValueOrDefault("latency", "50"), CultureInfo.InvariantCulture);
        var serverPid = o.TryGetValue("server-pid", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var password = o.GetValueOrDefault("password", "quan-tri-thu-nghiem-2026");
        var limit = int.Parse(o.GetValueOrDefault("channels", "640"), CultureInfo.InvariantCulture);

        await using var fake = new FakePlatforms { ListenUrl = $"http://127.0.0.1:{fakePort}", Latency = TimeSpan.FromMilliseconds(latency) };
        await fake.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(120) };
        using (var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@tuyengiao.local", password }))
        {
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var federation = (await UnitsAsync(http, "Federation"))[0];
        var units = (await UnitsAsync(http, "GrassrootsUnion")).Take(limit).ToList();
        Console.WriteLine($"registering {units.Count} channels (Facebook Pages and Zalo OAs in turn), fakes answering in {latency} ms");
        var channelIds = new List<long>();
        var externals = new List<string>();
        var setup = Stopwatch.StartNew();
        await Parallel.ForEachAsync(units.Select((u, i) => (u, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (x, ct) =>
        {
            var (unit, i) = x;
            var zalo = i % 2 == 1;
            var external = zalo ? "88" + unit.ToString("D12", CultureInfo.InvariantCulture) : "61" + unit.ToString("D10", CultureInfo.InvariantCulture);
            var token = (zalo ? "zalo-oa-token-" : "fb-page-token-") + unit.ToString(CultureInfo.InvariantCulture);
            if (zalo)
            {
                fake.RegisterOa(external, token);
            }

            using var created = await http.PostAsJsonAsync("/api/v1/channels", new { unitId = unit, kind = zalo ? "ZaloOa" : "FacebookPage", externalId = external, name = (zalo ? "Zalo OA " : "Fanpage ") + unit.ToString(CultureInfo.InvariantCulture), accessToken = token }, ct);
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
            lock (channelIds)
            {
                channelIds.Add(id);
                externals.Add(external);
            }
        });
        var post = await SendAsync(http, "/api/v1/posts", new
        {
            unitId = federation,
            title = "Liên đoàn Lao động tỉnh phát động Tháng Công nhân năm 2026",
            summary = "Các công đoàn cơ sở cùng đăng tin phát động.",
            bodyHtml = "<p>Sáng nay, Liên đoàn Lao động tỉnh đã phát động <strong>Tháng Công nhân</strong> tới các công đoàn cơ sở.</p>",
            format = "News",
            topicIds = Array.Empty<int>(),
        });
        var postId = post.GetProperty("id").GetInt64();
        await SendAsync(http, $"/api/v1/posts/{postId}/submit", new { });
        await SendAsync(http, $"/api/v1/posts/{postId}/approve", new { });
        Console.WriteLine($"set up in {setup.Elapsed.TotalSeconds:F1} s; publishing to {channelIds.Count} channels");

        long peakRss = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, Kb(serverPid, "VmRSS:"));
                await Task.Delay(100);
            }
        });

        var cpu0 = CpuSeconds(serverPid);
        var ownCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var t0 = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await SendAsync(http, $"/api/v1/posts/{postId}/publish", new { channelIds = channelIds.Order().ToArray() });
        var publishCall = clock.Elapsed;
        TimeSpan? lastLanded = null;
        TimeSpan settled;
        var lastAsked = TimeSpan.Zero;
        while (true)
        {
            // The fakes are watched in-process every 10 ms; the API (which costs the server CPU) is asked
            // every 100 ms only once every post is on the fakes, else once a second.
            await Task.Delay(10);
            if (lastLanded is null && fake.PublishedCount >= channelIds.Count)
            {
                lastLanded = clock.Elapsed;
            }

            if (clock.Elapsed - lastAsked < (lastLanded is null ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(100)))
            {
                continue;
            }

            lastAsked = clock.Elapsed;
            var open = 0;
            foreach (var status in Unsettled)
            {
                open += (await GetAsync(http, $"/api/v1/deliveries?status={status}&pageSize=1")).GetProperty("total").GetInt32();
            }

            if (open == 0)
            {
                settled = clock.Elapsed;
                break;
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                Console.WriteLine($"not settled after 5 minutes: {open} open, {fake.PublishedCount} on the fakes");
                return 1;
            }
        }

        var serverCpu = CpuSeconds(serverPid) - cpu0;
        var ownCpu = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu0).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var deliveries = (await GetAsync(http, $"/api/v1/posts/{postId}/deliveries")).EnumerateArray().ToList();
        var published = deliveries.Where(d => d.GetProperty("status").GetString() == "Published").ToList();
        var toPublished = published.Select(d => (Utc(d.GetProperty("publishedAt")) - t0).TotalMilliseconds).Order().ToList();
        var attempts = deliveries.SelectMany(d => d.GetProperty("history").EnumerateArray())
            .Select(a => (a.GetProperty("finishedAt").GetDateTime() - a.GetProperty("startedAt").GetDateTime()).TotalMilliseconds).Order().ToList();
        var doubled = externals.Count(e => fake.PostsOn(e).Count > 1);
        Console.WriteLine();
        Console.WriteLine($"publish call (commits {channelIds.Count} deliveries): {publishCall.TotalMilliseconds:F0} ms");
        Console.WriteLine($"last post on the fakes:   {(lastLanded ?? settled).TotalSeconds:F2} s after the publish call started");
        Console.WriteLine($"all deliveries settled:   {settled.TotalSeconds:F2} s (the API shows none pending/sending/unconfirmed)   goal <= 30 s");
        Console.WriteLine($"published {published.Count}/{deliveries.Count}; posts on the fakes {fake.PublishedCount}; not published {deliveries.Count - published.Count}; channels with the post twice {doubled}");
        Console.WriteLine($"throughput:               {published.Count / settled.TotalSeconds:F1} deliveries/s");
        Console.WriteLine($"publish call -> published: p50 {Pct(toPublished, 0.5):F0} ms, p95 {Pct(toPublished, 0.95):F0} ms, max {toPublished.LastOrDefault():F0} ms");
        Console.WriteLine($"one delivery (attempt):   p50 {Pct(attempts, 0.5):F0} ms, p95 {Pct(attempts, 0.95):F0} ms ({attempts.Count} attempts)");
        if (serverPid is not null)
        {
            Console.WriteLine($"CPU during the fan-out:   server {serverCpu:F1} s ({serverCpu * 1000 / Math.Max(1, deliveries.Count):F1} ms per delivery), fakes + this driver {ownCpu:F1} s; {Environment.ProcessorCount} cores");
            Console.WriteLine($"server memory:            peak RSS during the fan-out {peakRss / 1024.0:F0} MiB, VmHWM since start {Kb(serverPid, "VmHWM:") / 1024.0:F0} MiB");
        }

        return published.Count == deliveries.Count && fake.PublishedCount == deliveries.Count && doubled == 0 ? 0 : 1;
    }

    /// <summary>utime + stime of a process (<c>/proc/{pid}/stat</c>, clock ticks of 10 ms).</summary>
    private static double CpuSeconds(int? pid)
    {
        if (pid is null)
        {
            return 0;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static DateTime Utc(JsonElement value) => DateTime.SpecifyKind(value.GetDateTime(), DateTimeKind.Utc);

    private static double Pct(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static long Kb(int? pid, string field)
    {
        if (pid is null)
        {
            return 0;
        }

        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static async Task<List<int>> UnitsAsync(HttpClient http, string level) =>
        (await GetAsync(http, $"/api/v1/org-units?level={level}&pageSize=1000")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetInt32()).Order().ToList();

    private static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
