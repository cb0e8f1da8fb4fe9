using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// The portal and search benchmark (bench/portal-load.sh, bench/README.md "Portal and search").
///   seed-posts (--sqlite PATH | --postgres CS) [--count 100000] [--out posts.txt]
///       writes that many published Vietnamese posts (topics, tags, folded search columns) straight
///       into the application's tables; the search index follows (SQLite: the FTS5 triggers,
///       PostgreSQL: the generated tsvector column). Writes "id slug" of every post to --out.
///   portal --url U --posts posts.txt [--concurrency 32] [--seconds 10] [--warmup 3]
///       measures each page type in turn (fixed concurrency and duration, warm-up excluded),
///       then search latency one request at a time, and prints a summary with ratios.
/// </summary>
internal static class PortalBench
{
    private static readonly string[] Queries =
    [
        "cong doan", "dai hoi", "an toan lao dong", "nha o cong nhan", "bao hiem xa hoi", "tet sum vay", "thoa uoc lao dong tap the",
        "luong toi thieu vung", "mai am cong doan", "doi thoai", "nu cong", "phong chong sot xuat huyet", "tu van phap luat",
        "chuyen doi so", "giai bong da", "cong nhan kho khan", "bua com ca", "hoc bong", "doan vien", "khu cong nghiep",
    ];

    public static async Task<int> SeedAsync(Dictionary<string, string> o)
    {
        var count = int.Parse(o.GetValueOrDefault("count", "100000"), CultureInfo.InvariantCulture);
        var outPath = o.GetValueOrDefault("out", "posts.txt");
        var postgres = o.TryGetValue("postgres", out var pgcs);
        DbConnection connection = postgres ? new NpgsqlConnection(pgcs) : new SqliteConnection($"Data Source={o["sqlite"]};Pooling=False");
        await using (connection)
        {
            await connection.OpenAsync();
            var author = (string)(await ScalarAsync(connection, "SELECT \"Id\" FROM identity_users ORDER BY CASE WHEN \"NormalizedEmail\" = 'ADMIN@TUYENGIAO.LOCAL' THEN 0 ELSE 1 END LIMIT 1"))!;
            var units = await ListAsync(connection, "SELECT \"Id\" FROM org_units ORDER BY \"Id\"");
            var topics = await ListAsync(connection, "SELECT \"Id\" FROM newsroom_topics WHERE \"IsActive\" ORDER BY \"SortOrder\"");
            var before = Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM newsroom_posts"), CultureInfo.InvariantCulture);
            Console.WriteLine($"seed-posts: {count} posts over {units.Count} units and {topics.Count} topics ({before} posts already there)");
            var sw = Stopwatch.StartNew();
            var corpus = new PostCorpus(20261130);
            var end = DateTime.UtcNow.AddHours(-1);
            var start = end.AddYears(-3);
            var step = (end - start).Ticks / count;
            var rows = new List<(PostCorpus.Item Item, int Unit, int[] Topics, DateTime At, bool Featured, string Format)>(count);
            for (var i = 0; i < count; i++)
            {
                var at = new DateTime(start.Ticks + (i * step), DateTimeKind.Utc);
                // The federation writes the most; every other unit a share.
                var unit = corpus.Next(10) < 3 ? units[0] : units[corpus.Next(units.Count)];
                var t1 = topics[corpus.Next(topics.Count)];
                var t2 = topics[corpus.Next(topics.Count)];
                int[] postTopics = corpus.Next(3) == 0 && t1 != t2 ? [t1, t2] : [t1];
                rows.Add((corpus.Next(at), unit, postTopics, at, corpus.Next(400) == 0, corpus.Next(5) == 0 ? "Article" : "News"));
            }

            Console.WriteLine($"  generated in {sw.Elapsed.TotalSeconds:F1} s (average body {rows.Average(r => r.Item.BodyText.Length):F0} characters)");
            sw.Restart();
            var ids = postgres
                ? await InsertPostgresAsync((NpgsqlConnection)connection, rows, author)
                : await InsertSqliteAsync((SqliteConnection)connection, rows, author);
            Console.WriteLine($"  inserted {ids.Count} posts with topics, tags and search index in {sw.Elapsed.TotalSeconds:F1} s");
            await File.WriteAllLinesAsync(outPath, ids.Select((id, i) => id.ToString(CultureInfo.InvariantCulture) + " " + rows[i].Item.Slug));
        }

        return 0;
    }

    private static async Task<List<long>> InsertSqliteAsync(SqliteConnection c, List<(PostCorpus.Item Item, int Unit, int[] Topics, DateTime At, bool Featured, string Format)> rows, string author)
    {
        await ExecAsync(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        var ids = new List<long>(rows.Count);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
        var post = c.CreateCommand();
        post.Transaction = tx;
        post.CommandText = """
            INSERT INTO newsroom_posts ("UnitId","Title","Slug","Summary","BodyHtml","BodyText","SearchTitle","SearchText","Format","Status",
                "AuthorUserId","AuthorName","IsFeatured","CreatedAt","UpdatedAt","SubmittedAt","ApprovedAt","PublishedAt","Version")
            VALUES ($unit,$title,$slug,$summary,$html,$text,$stitle,$stext,$format,'Published',$author,'Ban Tuyên giáo',$featured,$at,$at,$at,$at,$at,1)
            RETURNING "Id"
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "unit", "title", "slug", "summary", "html", "text", "stitle", "stext", "format", "author", "featured", "at" })
        {
            p[name] = post.Parameters.Add("$" + name, SqliteType.Text);
        }

        var topic = c.CreateCommand();
        topic.Transaction = tx;
        topic.CommandText = "INSERT INTO newsroom_post_topics (\"PostId\",\"TopicId\") VALUES ($p,$t)";
        var tp = topic.Parameters.Add("$p", SqliteType.Integer);
        var tt = topic.Parameters.Add("$t", SqliteType.Integer);
        var tag = c.CreateCommand();
        tag.Transaction = tx;
        tag.CommandText = "INSERT INTO newsroom_post_tags (\"PostId\",\"Folded\",\"Name\") VALUES ($p,$f,$n)";
        var gp = tag.Parameters.Add("$p", SqliteType.Integer);
        var gf = tag.Parameters.Add("$f", SqliteType.Text);
        var gn = tag.Parameters.Add("$n", SqliteType.Text);
        foreach (var r in rows)
        {
            p["unit"].Value = r.Unit;
            p["title"].Value = r.Item.Title;
            p["slug"].Value = r.Item.Slug;
            p["summary"].Value = r.Item.Summary;
            p["html"].Value = r.Item.BodyHtml;
            p["text"].Value = r.Item.BodyText;
            p["stitle"].Value = r.Item.SearchTitle;
            p["stext"].Value = r.Item.SearchText;
            p["format"].Value = r.Format;
            p["author"].Value = author;
            p["featured"].Value = r.Featured ? 1 : 0;
            p["at"].Value = r.At; // Microsoft.Data.Sqlite writes "yyyy-MM-dd HH:mm:ss.FFFFFFF", as EF Core does
            var id = (long)(await post.ExecuteScalarAsync())!;
            ids.Add(id);
            tp.Value = id;
            foreach (var t in r.Topics)
            {
                tt.Value = t;
                await topic.ExecuteNonQueryAsync();
            }

            gp.Value = id;
            foreach (var name in r.Item.Tags)
            {
                gf.Value = TuyenGiao.Modules.Shared.Text.VietnameseText.Fold(name);
                gn.Value = name;
                await tag.ExecuteNonQueryAsync();
            }
        }

        await tx.CommitAsync();
        await ExecAsync(c, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        return ids;
    }

    private static async Task<List<long>> InsertPostgresAsync(NpgsqlConnection c, List<(PostCorpus.Item Item, int Unit, int[] Topics, DateTime At, bool Featured, string Format)> rows, string author)
    {
        // Ids are taken from the identity sequence up front so that COPY (the fast path) can write them.
        var ids = new List<long>(rows.Count);
        await using (var cmd = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('newsroom_posts', 'Id')) FROM generate_series(1, $1)", c))
        {
            cmd.Parameters.AddWithValue(rows.Count);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        await using (var copy = await c.BeginBinaryImportAsync("""
            COPY newsroom_posts ("Id","UnitId","Title","Slug","Summary","BodyHtml","BodyText","SearchTitle","SearchText","Format","Status",
                "AuthorUserId","AuthorName","IsFeatured","CreatedAt","UpdatedAt","SubmittedAt","ApprovedAt","PublishedAt","Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                await copy.StartRowAsync();
                await copy.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                await copy.WriteAsync(r.Unit, NpgsqlDbType.Integer);
                foreach (var s in new[] { r.Item.Title, r.Item.Slug, r.Item.Summary, r.Item.BodyHtml, r.Item.BodyText, r.Item.SearchTitle, r.Item.SearchText, r.Format, "Published", author, "Ban Tuyên giáo" })
                {
                    await copy.WriteAsync(s, NpgsqlDbType.Text);
                }

                await copy.WriteAsync(r.Featured, NpgsqlDbType.Boolean);
                for (var k = 0; k < 5; k++)
                {
                    await copy.WriteAsync(r.At, NpgsqlDbType.TimestampTz);
                }

                await copy.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await c.BeginBinaryImportAsync("COPY newsroom_post_topics (\"PostId\",\"TopicId\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var t in rows[i].Topics)
                {
                    await copy.WriteRowAsync(default, ids[i], t);
                }
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await c.BeginBinaryImportAsync("COPY newsroom_post_tags (\"PostId\",\"Folded\",\"Name\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var name in rows[i].Item.Tags)
                {
                    await copy.WriteRowAsync(default, ids[i], TuyenGiao.Modules.Shared.Text.VietnameseText.Fold(name), name);
                }
            }

            await copy.CompleteAsync();
        }

        await ExecAsync(c, "VACUUM ANALYZE newsroom_posts; ANALYZE newsroom_post_topics; ANALYZE newsroom_post_tags;");
        return ids;
    }

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var url = o.GetValueOrDefault("url", "http://127.0.0.1:5080");
        var concurrency = int.Parse(o.GetValueOrDefault("concurrency", "32"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(o.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture);
        var warmup = double.Parse(o.GetValueOrDefault("warmup", "3"), CultureInfo.InvariantCulture);
        ServerPid = o.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null;
        var posts = File.ReadAllLines(o["posts"]).Where(l => l.Length > 0).Select(l => l.Split(' ')).Select(p => $"/bai-viet/{p[0]}/{p[1]}").ToArray();
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(60),
        };

        // Uncached articles: a shuffled list, each article requested once (the first visit is a cache miss).
        var shuffled = posts.OrderBy(_ => Random.Shared.Next()).ToArray();
        var nextArticle = -1;
        var nextHome = 0;
        var results = new List<(string Name, Result R)>();
        var cachedArticle = posts[posts.Length / 2];
        var phases = new (string Name, Func<int, string> Path)[]
        {
            ("trivial: GET /health/live", _ => "/health/live"),
            ("article, cached (same URL)", _ => cachedArticle),
            ("article, uncached (each URL once)", _ => shuffled[Interlocked.Increment(ref nextArticle) % shuffled.Length]),
            ("home, cached", _ => "/"),
            ("home, uncached (?v=N, each once)", _ => "/?v=" + Interlocked.Increment(ref nextHome).ToString(CultureInfo.InvariantCulture)),
        };
        Console.WriteLine($"load: {concurrency} connections, {warmup:F0} s warm-up + {seconds:F0} s measured per phase, {posts.Length} posts");
        foreach (var (name, path) in phases)
        {
            var r = await LoadAsync(http, concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), path);
            results.Add((name, r));
            Console.WriteLine($"  {r.Line(name)}");
        }

        // Search latency: one request at a time (no queueing in the figure), queries round-robin.
        var searches = new (string Name, Func<int, string> Path)[]
        {
            ("search API  /api/v1/search?q=", i => "/api/v1/search?q=" + Uri.EscapeDataString(Queries[i % Queries.Length])),
            ("search page /tim-kiem?q=", i => "/tim-kiem?q=" + Uri.EscapeDataString(Queries[i % Queries.Length])),
        };
        var searchResults = new List<(string Name, Result R)>();
        foreach (var (name, path) in searches)
        {
            var r = await LoadAsync(http, 1, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), path);
            searchResults.Add((name, r));
            Console.WriteLine($"  {r.Line(name + " (1 at a time)")}");
        }

        var perQuery = new List<(string Q, double P50, int Total)>();
        foreach (var q in Queries)
        {
            var times = new List<double>();
            var total = 0;
            for (var i = 0; i < 5; i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));
                var body = await response.Content.ReadAsStringAsync();
                times.Add(sw.Elapsed.TotalMilliseconds);
                using var doc = System.Text.Json.JsonDocument.Parse(body);
                total = doc.RootElement.GetProperty("total").GetInt32();
            }

            times.Sort();
            perQuery.Add((q, times[2], total));
        }

        var trivial = results[0].R.PerSecond;
        Console.WriteLine();
        Console.WriteLine($"== Summary ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"{"page",-36} {"req/s",8} {"ratio",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"CPU ms/req",10} {"errors",7}");
        foreach (var (name, r) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {r.PerSecond,8:F0} {r.PerSecond / trivial,7:F3} {r.P(0.50),8:F1} {r.P(0.95),8:F1} {r.P(0.99),8:F1} {r.CpuPerRequest,10:F2} {r.Errors,7}"));
        }

        foreach (var (name, r) in searchResults)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {r.PerSecond,8:F0} {r.PerSecond / trivial,7:F3} {r.P(0.50),8:F1} {r.P(0.95),8:F1} {r.P(0.99),8:F1} {r.CpuPerRequest,10:F2} {r.Errors,7}"));
        }

        var cachedRatio = trivial > 0 ? results[1].R.PerSecond / trivial : 0;
        var apiP95 = searchResults[0].R.Times.Count == 0 ? double.PositiveInfinity : searchResults[0].R.P(0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"goal: cached article >= 50% of trivial: {cachedRatio:P0} -> {(cachedRatio >= 0.5 ? "MET" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"goal: search p95 <= 20 ms (API, {posts.Length} posts): {apiP95:F1} ms -> {(apiP95 <= 20 ? "MET" : "MISSED")}"));
        Console.WriteLine("per query (API, median of 5, total hits):");
        foreach (var (q, p50, total) in perQuery)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q,-28} {p50,7:F1} ms {total,7}"));
        }

        return results.Concat(searchResults).Any(r => r.R.Errors > 0) ? 1 : 0;
    }

    private static async Task<Result> LoadAsync(HttpClient http, int concurrency, TimeSpan warmup, TimeSpan duration, Func<int, string> path)
    {
        var result = new Result();
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var stopAt = warmup + duration;
        var counter = -1;
        var cpu = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            var before = CpuMs(ServerPid);
            await Task.Delay(duration);
            result.ServerCpuMs = CpuMs(ServerPid) - before;
        });
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var local = new List<double>();
            var errors = 0;
            while (clock.Elapsed < stopAt)
            {
                var i = Interlocked.Increment(ref counter);
                var started = clock.Elapsed;
                var ok = false;
                try
                {
                    using var response = await http.GetAsync(path(i), HttpCompletionOption.ResponseHeadersRead);
                    await response.Content.CopyToAsync(Stream.Null);
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                var ended = clock.Elapsed;
                if (started >= measureFrom && ended <= stopAt)
                {
                    if (ok)
                    {
                        local.Add((ended - started).TotalMilliseconds);
                    }
                    else
                    {
                        errors++;
                    }
                }
            }

            lock (result)
            {
                result.Times.AddRange(local);
                result.Errors += errors;
            }
        });
        await Task.WhenAll(workers);
        await cpu;
        result.Seconds = duration.TotalSeconds;
        result.Times.Sort();
        return result;
    }

    /// <summary>The server process's CPU time (user + system), from /proc; 0 when unknown.</summary>
    private static double CpuMs(int? pid)
    {
        if (pid is not { } p || !File.Exists($"/proc/{p}/stat"))
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{p}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0; // 100 ticks a second
    }

    private static int? ServerPid { get; set; }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task<object?> ScalarAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    private static async Task ExecAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<List<int>> ListAsync(DbConnection c, string sql)
    {
        var list = new List<int>();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return list;
    }

    private sealed class Result
    {
        public List<double> Times { get; } = [];

        public int Errors { get; set; }

        public double Seconds { get; set; }

        public double PerSecond => Times.Count / Seconds;

        public double ServerCpuMs { get; set; }

        /// <summary>Server CPU milliseconds per measured request: what a request costs, whatever else runs on the machine.</summary>
        public double CpuPerRequest => Times.Count == 0 ? 0 : ServerCpuMs / Times.Count;

        public double P(double q) => Times.Count == 0 ? 0 : Times[Math.Min(Times.Count - 1, (int)(q * Times.Count))];

        public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} {PerSecond,8:F0}/s  p50 {P(0.50),6:F1} ms  p95 {P(0.95),6:F1} ms  p99 {P(0.99),6:F1} ms  server CPU {CpuPerRequest,6:F2} ms/req  errors {Errors}");
    }
}
