using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

// The opening-rush load generator for the Contests module (see bench/README.md).
//   rush   --url http://127.0.0.1:5080 --contest 1 --participants 20000 --concurrency 64 [--answers 0] [--acks acks.txt] [--server-pid N]
//          registers and starts every participant (phase 1), then submits them all at once (phase 2)
//          and prints throughput and latency per phase. Every 2xx submission is appended (and flushed)
//          to the acks file before it is counted: that list is what the server promised to keep.
//   verify --acks acks.txt (--sqlite path | --postgres "connection string")
//          counts how many acknowledged submissions are in the database (must be all).
var cmd = args.Length > 0 ? args[0] : "help";
var opts = ParseArgs(args.Skip(1).ToArray());
return cmd switch
{
    "rush" => await RushAsync(opts),
    "verify" => await VerifyAsync(opts),
    "channels-fanout" => await ChannelsFanOut.RunAsync(opts),
    "seed-posts" => await PortalBench.SeedAsync(opts),
    "portal" => await PortalBench.RunAsync(opts),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("usage: rush --url U --contest ID --participants N --concurrency C [--answers K] [--acks FILE] [--server-pid PID]\n       verify --acks FILE (--sqlite PATH | --postgres CS)");
    return 2;
}

static Dictionary<string, string> ParseArgs(string[] a)
{
    var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var i = 0; i + 1 < a.Length; i += 2)
    {
        d[a[i].TrimStart('-')] = a[i + 1];
    }

    return d;
}

static async Task<int> RushAsync(Dictionary<string, string> o)
{
    var url = o.GetValueOrDefault("url", "http://127.0.0.1:5080");
    var contest = int.Parse(o.GetValueOrDefault("contest", "1"), CultureInfo.InvariantCulture);
    var n = int.Parse(o.GetValueOrDefault("participants", "10000"), CultureInfo.InvariantCulture);
    var concurrency = int.Parse(o.GetValueOrDefault("concurrency", "64"), CultureInfo.InvariantCulture);
    var answerPuts = int.Parse(o.GetValueOrDefault("answers", "0"), CultureInfo.InvariantCulture);
    var acksPath = o.GetValueOrDefault("acks", "acks.txt");
    var serverPid = o.TryGetValue("server-pid", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
    var phonePrefix = Random.Shared.Next(10, 99).ToString(CultureInfo.InvariantCulture);

    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(url),
        Timeout = TimeSpan.FromSeconds(60),
    };

    var people = new Person[n];
    Console.WriteLine($"phase 1: register + start {n} participants, {concurrency} at a time");
    var reg = new Stats("register");
    var start = new Stats("start");
    var put = new Stats("answer");
    var t1 = Stopwatch.StartNew();
    await ForAllAsync(n, concurrency, async i =>
    {
        var phone = "09" + phonePrefix + i.ToString("D6", CultureInfo.InvariantCulture);
        var r = await TimedAsync(reg, () => http.PostAsJsonAsync($"/api/v1/contests/{contest}/register", new { name = "Người thi " + i, phone, consent = true }));
        if (r is null)
        {
            return;
        }

        var secret = r.Value.GetProperty("secret").GetString();
        var s = await TimedAsync(start, () => http.PostAsJsonAsync($"/api/v1/contests/{contest}/attempts", new { phone, secret }));
        if (s is null)
        {
            return;
        }

        var questions = s.Value.GetProperty("questions").EnumerateArray()
            .Select(q => (Id: q.GetProperty("id").GetInt32(), Option: q.GetProperty("options")[Random.Shared.Next(q.GetProperty("options").GetArrayLength())].GetProperty("id").GetInt32()))
            .ToArray();
        people[i] = new Person(s.Value.GetProperty("attemptId").GetInt64(), s.Value.GetProperty("token").GetString()!, questions);
    });
    var phase1 = t1.Elapsed;
    reg.Print(phase1);
    start.Print(phase1);

    if (answerPuts > 0)
    {
        Console.WriteLine($"phase 1b: {answerPuts} answer saves per participant");
        var tb = Stopwatch.StartNew();
        await ForAllAsync(n, concurrency, async i =>
        {
            var person = people[i];
            if (person is null)
            {
                return;
            }

            foreach (var (id, option) in person.Answers.Take(answerPuts))
            {
                using var req = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contests/{contest}/attempts/{person.AttemptId}/answers") { Content = JsonContent.Create(new { questionId = id, optionIds = new[] { option } }) };
                req.Headers.Add("X-Attempt-Token", person.Token);
                await TimedAsync(put, () => http.SendAsync(req));
            }
        });
        put.Print(tb.Elapsed);
    }

    Console.WriteLine($"phase 2: {people.Count(x => x is not null)} submissions, {concurrency} at a time");
    var submit = new Stats("submit");
    using var acks = new StreamWriter(new FileStream(acksPath, FileMode.Append, FileAccess.Write, FileShare.Read), bufferSize: 1 << 16);
    var ackLock = new object();
    var cpu2 = (Server: ServerCpu(serverPid), Self: Process.GetCurrentProcess().TotalProcessorTime);
    var t2 = Stopwatch.StartNew();
    var perSecond = new ConcurrentDictionary<int, int>();
    await ForAllAsync(n, concurrency, async i =>
    {
        var person = people[i];
        if (person is null)
        {
            return;
        }

        using var req = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{contest}/attempts/{person.AttemptId}/submit")
        {
            Content = JsonContent.Create(new { answers = person.Answers.Select(a => new { questionId = a.Id, optionIds = new[] { a.Option } }), prediction = 1000 + (i % 500) }),
        };
        req.Headers.Add("X-Attempt-Token", person.Token);
        var r = await TimedAsync(submit, () => http.SendAsync(req));
        if (r is not null)
        {
            lock (ackLock)
            {
                acks.WriteLine(person.AttemptId.ToString(CultureInfo.InvariantCulture));
                acks.Flush();
            }

            perSecond.AddOrUpdate((int)t2.Elapsed.TotalSeconds, 1, (_, v) => v + 1);
        }
    });
    var phase2 = t2.Elapsed;
    submit.Print(phase2);
    if (ServerCpu(serverPid) is { } serverAfter && cpu2.Server is { } serverBefore)
    {
        // Where the two cores went during phase 2: the server, this generator, the rest of the machine.
        var server = serverAfter - serverBefore;
        var self = Process.GetCurrentProcess().TotalProcessorTime - cpu2.Self;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submit CPU: server {server.TotalSeconds:F1} s ({server.TotalMilliseconds / Math.Max(1, submit.Count):F2} ms per submission), load generator {self.TotalSeconds:F1} s, over {phase2.TotalSeconds:F1} s wall on {Environment.ProcessorCount} cores"));
    }
    if (perSecond.Count > 2)
    {
        // Sustained: the median of the full seconds (the first and last partial seconds left out).
        var full = perSecond.OrderBy(kv => kv.Key).Skip(1).SkipLast(1).Select(kv => kv.Value).Order().ToList();
        Console.WriteLine($"submit sustained (median of full seconds): {full[full.Count / 2]}/s, min {full.First()}/s, max {full.Last()}/s");
    }

    if (serverPid is { } pid && File.Exists($"/proc/{pid}/status"))
    {
        var hwm = File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
        Console.WriteLine($"server peak working set: {hwm}");
    }

    return 0;
}

static TimeSpan? ServerCpu(int? pid)
{
    // utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s).
    if (pid is not { } p || !File.Exists($"/proc/{p}/stat"))
    {
        return null;
    }

    var fields = File.ReadAllText($"/proc/{p}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return TimeSpan.FromMilliseconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10);
}

static async Task<int> VerifyAsync(Dictionary<string, string> o)
{
    var acked = File.ReadAllLines(o["acks"]).Where(l => l.Length > 0).Select(l => long.Parse(l, CultureInfo.InvariantCulture)).ToHashSet();
    var stored = new HashSet<long>();
    System.Data.Common.DbConnection connection = o.TryGetValue("sqlite", out var path)
        ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}")
        : new Npgsql.NpgsqlConnection(o["postgres"]);
    await using (connection)
    {
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"Id\" FROM contests_attempts WHERE \"SubmittedAt\" IS NOT NULL";
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetInt64(0));
        }
    }

    var lost = acked.Count(a => !stored.Contains(a));
    Console.WriteLine($"acknowledged submissions: {acked.Count}; submitted rows in the database: {stored.Count}; acknowledged but missing: {lost}");
    return lost == 0 ? 0 : 1;
}

static async Task ForAllAsync(int n, int concurrency, Func<int, Task> work)
{
    var next = -1;
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < n)
        {
            try
            {
                await work(i);
            }
            catch (HttpRequestException)
            {
                // The server went away (kill -9): counted as an error by TimedAsync, keep going.
            }
        }
    });
    await Task.WhenAll(workers);
}

static async Task<JsonElement?> TimedAsync(Stats stats, Func<Task<HttpResponseMessage>> send)
{
    var sw = Stopwatch.StartNew();
    try
    {
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        stats.Add(sw.Elapsed.TotalMilliseconds, response.StatusCode);
        return response.IsSuccessStatusCode && body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        stats.Add(sw.Elapsed.TotalMilliseconds, null);
        return null;
    }
}

internal sealed record Person(long AttemptId, string Token, (int Id, int Option)[] Answers);

internal sealed class Stats(string name)
{
    private readonly List<double> ok = [];
    private readonly ConcurrentDictionary<string, int> failures = new();

    public void Add(double ms, HttpStatusCode? status)
    {
        if (status is { } s && (int)s < 300)
        {
            lock (ok)
            {
                ok.Add(ms);
            }
        }
        else
        {
            failures.AddOrUpdate(status?.ToString() ?? "connection", 1, (_, v) => v + 1);
        }
    }

    public int Count
    {
        get
        {
            lock (ok)
            {
                return ok.Count;
            }
        }
    }

    public void Print(TimeSpan elapsed)
    {
        lock (ok)
        {
            ok.Sort();
            double P(double q) => ok.Count == 0 ? 0 : ok[Math.Min(ok.Count - 1, (int)(q * ok.Count))];
            var fails = string.Join(", ", failures.Select(kv => $"{kv.Key}: {kv.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} ok {ok.Count,7}  {ok.Count / elapsed.TotalSeconds,8:F0}/s  p50 {P(0.50),6:F1} ms  p90 {P(0.90),6:F1} ms  p99 {P(0.99),6:F1} ms  max {(ok.Count == 0 ? 0 : ok[^1]),7:F1} ms  over {elapsed.TotalSeconds:F1} s{(fails.Length > 0 ? "  failures: " + fails : "")}"));
        }
    }
}
