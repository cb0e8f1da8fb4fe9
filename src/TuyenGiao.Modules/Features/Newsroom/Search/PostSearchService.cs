using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Published;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>
/// Searches posts through the provider's index over the folded text (SQLite FTS5, relevance =
/// words found in the title; PostgreSQL tsvector with ts_rank; see <see cref="SearchIndexSql"/>). Among the
/// <see cref="RankWindow"/> newest hits, posts containing the query as typed (accents included,
/// any case) come first — in the title before in the body —, then by relevance, then newest; older
/// hits follow, newest first. (A broad query matches nearly every post: ranking them all would read
/// every body, while the newest hits are what a news reader wants anyway.)
/// </summary>
internal sealed class PostSearchService(AppDbContext db, PostDecorations decorations, IOrgHierarchy hierarchy, IOptions<NewsroomOptions> options) : IPostSearch
{
    public const int MaxQueryLength = 200;

    /// <summary>How many of the newest hits are ranked; older hits follow newest first.</summary>
    public const int RankWindow = 200;

    /// <summary>
    /// Hits are counted up to <see cref="NewsroomOptions.SearchCountLimit"/> (10,000); beyond, the total
    /// reads "more than 10,000" and paging stops there (as Elasticsearch's track_total_hits and
    /// max_result_window): counting every hit of a word found in nearly every post costs more than the
    /// rest of the search, and nobody pages past the 667th page — a filter (topic, unit, dates) narrows it.
    /// </summary>
    private int CountLimit => options.Value.SearchCountLimit;

    /// <summary>A unit or topic filter holding at most this many posts is sought post by post in the index.</summary>
    private int SeekLimit => options.Value.SearchSeekLimit;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private bool IsPostgres => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    public Task<PostSearchResults> SearchPublishedAsync(PostSearchQuery query, CancellationToken ct = default) =>
        SearchAsync(query, [PostStatus.Published], roots: null, ct);

    /// <summary>
    /// Posts in <paramref name="statuses"/> (all when null) of units inside <paramref name="roots"/>'
    /// subtrees (everywhere when null).
    /// </summary>
    public async Task<PostSearchResults> SearchAsync(PostSearchQuery query, IReadOnlyList<PostStatus>? statuses, IReadOnlyList<int>? roots, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 1000);
        var text = VietnameseText.CleanLine(query.Text);
        var terms = SearchHighlighter.Terms(text);
        var none = new PostSearchResults([], 0, page, pageSize);
        if (text.Length > 0 && terms.Count == 0)
        {
            return none;
        }

        // The units whose posts may be returned (null: any).
        IReadOnlyList<int>? units = null;
        if (roots is not null)
        {
            units = await UnitsWithinAsync(roots, ct);
            if (units is { Count: 0 })
            {
                return none;
            }
        }

        if (query.UnitId is { } unitId)
        {
            if (units is not null && !units.Contains(unitId))
            {
                return none;
            }

            units = [unitId];
        }

        var filter = new Filter(statuses, query.TopicId, units,
            query.From is { } fromDate ? UtcStartOf(fromDate) : null,
            query.To is { } toDate ? UtcStartOf(toDate.AddDays(1)) : null);
        var sql = new SqlArgs();
        var offset = (page - 1) * pageSize;

        // The SQL is built from constants, column names, unit ids (integers) and {n} placeholders only;
        // every value the caller typed (query text, filters) is in the arguments and goes in as a parameter.
#pragma warning disable EF1003
        if (terms.Count == 0)
        {
            // Filters only: newest first.
            var rows = " FROM newsroom_posts p WHERE 1 = 1" + PostConditions(filter, sql);
            var (count, more) = Capped(await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1{rows} LIMIT {Num(CountLimit + 1)}) c", sql, ct));
            var newestSql = $"SELECT p.\"Id\" AS \"Id\", 0 AS \"Exact\", CAST(0 AS DOUBLE PRECISION) AS \"Score\"{rows} ORDER BY {When} DESC, p.\"Id\" DESC LIMIT {Num(Math.Min(pageSize, count - offset))} OFFSET {Num(offset)}";
            var newest = count == 0 || offset >= count ? [] : await db.Database.SqlQueryRaw<SearchRow>(newestSql, [.. sql.Args]).ToListAsync(ct);
            return await HitsAsync(newest, terms, count, more, page, pageSize, ct);
        }

        // Hits come from the index newest first (by id); the RankWindow newest are ranked (exact form,
        // then relevance, then date) and lead, older hits follow newest first. A broad query ("cong
        // doan" matches nearly every post) thus costs a capped count in the index plus RankWindow rows.
        var (source, score, total, lowerBound) = IsPostgres
            ? await PostgresMatchesAsync(terms, filter, sql, ct)
            : await SqliteMatchesAsync(terms, filter, sql, ct);
        if (total == 0 || offset >= total)
        {
            return new PostSearchResults([], total, page, pageSize, lowerBound);
        }

        // Pages end where the count does (the last page before "more than 10,000" is cut there).
        var size = Math.Min(pageSize, total - offset);
        // Typed without tones, the query says nothing about which accented form is meant ("cong doan":
        // Công đoàn? Cổng đoàn?), so no hit is "exact"; and the window's bodies are not searched for it.
        var exact = string.Equals(VietnameseText.Fold(text), text, StringComparison.OrdinalIgnoreCase) ? "0" : ExactSql(IsPostgres ? "strpos" : "instr", [.. Variants(text)], sql.Arg);
        var select = $"SELECT p.\"Id\" AS \"Id\", {exact} AS \"Exact\", {score} AS \"Score\" FROM ";
        var ranked = new List<SearchRow>();
        if (offset < RankWindow)
        {
            var windowSql = $"{select}({source} LIMIT {Num(RankWindow)}) w JOIN newsroom_posts p ON p.\"Id\" = w.id ORDER BY 2 DESC, 3, {When} DESC, p.\"Id\" DESC LIMIT {Num(Math.Min(size, RankWindow - offset))} OFFSET {Num(offset)}";
            ranked.AddRange(await db.Database.SqlQueryRaw<SearchRow>(windowSql, [.. sql.Args]).ToListAsync(ct));
        }

        var tailStart = Math.Max(offset, RankWindow);
        if (offset + size > RankWindow)
        {
            var tailSql = $"{select}({source} LIMIT {Num(offset + size - tailStart)} OFFSET {Num(tailStart)}) w JOIN newsroom_posts p ON p.\"Id\" = w.id ORDER BY p.\"Id\" DESC";
            ranked.AddRange(await db.Database.SqlQueryRaw<SearchRow>(tailSql, [.. sql.Args]).ToListAsync(ct));
        }

        return await HitsAsync(ranked, terms, total, lowerBound, page, pageSize, ct);
    }

    /// <summary>
    /// PostgreSQL: the tsvector's GIN index finds the hits, the filters apply on the post row;
    /// relevance is ts_rank, computed for the window's rows only.
    /// </summary>
    private async Task<(string Source, string Score, int Total, bool LowerBound)> PostgresMatchesAsync(IReadOnlyList<string> terms, Filter filter, SqlArgs sql, CancellationToken ct)
    {
        var tsquery = sql.Arg(string.Join(' ', terms));
        var matches = $" FROM newsroom_posts p CROSS JOIN plainto_tsquery('simple', {tsquery}) q WHERE p.search_vector @@ q{PostConditions(filter, sql)}";
        // The planner prices the @@ test as nearly free, so for a broad query it reads the whole table
        // and unpacks every post's tsvector (~420 ms for 100,000 posts); the GIN index's bitmap gives
        // the same count without them (~30 ms). Sequential scans are off for this one count only.
        int counted;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", ct);
            counted = await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1{matches} LIMIT {Num(CountLimit + 1)}) c", sql, ct);
            await transaction.CommitAsync(ct);
        }

        var (total, more) = Capped(counted);
        // ts_rank in the outer query: only the window's rows are ranked (in the inner select list it
        // ran for every hit before the sort, detoasting each tsvector).
        return ($"SELECT p.\"Id\" AS id{matches} ORDER BY p.\"Id\" DESC", $"-ts_rank(p.search_vector, plainto_tsquery('simple', {tsquery}))::float8", total, more);
    }

    /// <summary>
    /// SQLite: the FTS5 index finds the hits and filters them by status itself (the status is an
    /// indexed column, see <see cref="SearchIndexSql.SqliteWithStatus"/>); unit, topic and date
    /// filters are conditions on the index's rowid (the post id), so no wide post row is read for
    /// a hit that is not shown. Relevance without bm25() (which counts, for its IDF, every post
    /// holding each word — as much work as a full count again for a common word): how many of the
    /// words the folded title holds.
    /// </summary>
    private async Task<(string Source, string Score, int Total, bool LowerBound)> SqliteMatchesAsync(IReadOnlyList<string> terms, Filter filter, SqlArgs sql, CancellationToken ct)
    {
        var words = "(" + string.Join(' ', terms.Select(t => "\"" + t + "\"")) + ")";
        static string InStatus(IEnumerable<PostStatus> list) => " AND {Status} : (" + string.Join(" OR ", list.Select(s => "\"" + s.ToString().ToLowerInvariant() + "\"")) + ")";
        var conditions = await RowidConditionsAsync(filter, sql, ct);
        if (conditions is null)
        {
            return (string.Empty, string.Empty, 0, false);
        }

        var match = sql.Arg(filter.Statuses is null ? words : words + InStatus(filter.Statuses));
        const string Fts = " FROM newsroom_posts_fts f WHERE f.newsroom_posts_fts MATCH ";
        var others = filter.Statuses is null ? [] : Enum.GetValues<PostStatus>().Except(filter.Statuses).ToList();
        int counted;
        if (conditions.Length == 0 && filter.Statuses is not null && filter.Statuses.Contains(PostStatus.Published) && others.Count > 0)
        {
            // Nearly every post is published: the hits minus those in another status (a short list,
            // counted exactly) is cheaper than intersecting the words with the long "published" list.
            var excluded = await CountAsync($"SELECT COUNT(*) AS \"Value\"{Fts}{sql.Arg(words + InStatus(others))}", sql, ct);
            var all = await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1{Fts}{sql.Arg(words)} LIMIT {Num(CountLimit + excluded + 1)}) c", sql, ct);
            counted = all - excluded;
        }
        else
        {
            counted = await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1{Fts}{match}{conditions} LIMIT {Num(CountLimit + 1)}) c", sql, ct);
        }

        var (total, more) = Capped(counted);
        var score = "-1.0 * (" + string.Join(" + ", terms.Select(t => $"CASE WHEN instr(p.\"SearchTitle\", {sql.Arg(t)}) > 0 THEN 1 ELSE 0 END")) + ")";
        return ($"SELECT f.rowid AS id{Fts}{match}{conditions} ORDER BY f.rowid DESC", score, total, more);
    }

    /// <summary>
    /// The filters as conditions on <c>f.rowid</c> (SQLite), or null when they exclude every post. A unit
    /// or topic filter holding few posts is looked up post by post in the index (FTS5 seeks each id:
    /// ~10 µs apiece); a larger one checks each hit instead (an index probe per hit), at most one is a seek.
    /// </summary>
    private async Task<string?> RowidConditionsAsync(Filter filter, SqlArgs sql, CancellationToken ct)
    {
        var conditions = new StringBuilder();
        var seek = false;
        var postChecks = new StringBuilder();
        if (filter.Units is { } units)
        {
            var list = string.Join(", ", units.Select(u => u.ToString(CultureInfo.InvariantCulture)));
            var posts = await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM newsroom_posts WHERE \"UnitId\" IN ({list})", sql, ct);
            if (posts == 0)
            {
                return null;
            }

            if (posts <= SeekLimit)
            {
                seek = true;
                conditions.Append(CultureInfo.InvariantCulture, $" AND f.rowid IN (SELECT \"Id\" FROM newsroom_posts WHERE \"UnitId\" IN ({list}))");
            }
            else
            {
                postChecks.Append(CultureInfo.InvariantCulture, $" AND u.\"UnitId\" IN ({list})");
            }
        }

        if (filter.TopicId is { } topicId)
        {
            var topic = sql.Arg(topicId);
            if (!seek && await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM newsroom_post_topics WHERE \"TopicId\" = {topic}", sql, ct) <= SeekLimit)
            {
                conditions.Append(CultureInfo.InvariantCulture, $" AND f.rowid IN (SELECT \"PostId\" FROM newsroom_post_topics WHERE \"TopicId\" = {topic})");
            }
            else
            {
                conditions.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM newsroom_post_topics t WHERE t.\"PostId\" = f.rowid AND t.\"TopicId\" = {topic})");
            }
        }

        if (filter.FromUtc is { } from)
        {
            postChecks.Append(CultureInfo.InvariantCulture, $" AND {WhenOf("u")} >= {sql.Arg(from)}");
        }

        if (filter.ToUtc is { } to)
        {
            postChecks.Append(CultureInfo.InvariantCulture, $" AND {WhenOf("u")} < {sql.Arg(to)}");
        }

        if (postChecks.Length > 0)
        {
            conditions.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM newsroom_posts u WHERE u.\"Id\" = f.rowid{postChecks})");
        }

        return conditions.ToString();
    }

    /// <summary>The filters as conditions on the post row <c>p</c>.</summary>
    private static string PostConditions(Filter filter, SqlArgs sql)
    {
        var where = new StringBuilder();
        if (filter.Statuses is { } statuses)
        {
            where.Append(" AND p.\"Status\" IN (").Append(string.Join(", ", statuses.Select(s => sql.Arg(s.ToString())))).Append(')');
        }

        if (filter.TopicId is { } topicId)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM newsroom_post_topics t WHERE t.\"PostId\" = p.\"Id\" AND t.\"TopicId\" = ").Append(sql.Arg(topicId)).Append(')');
        }

        if (filter.Units is { } units)
        {
            where.Append(" AND p.\"UnitId\" IN (").Append(string.Join(", ", units.Select(u => u.ToString(CultureInfo.InvariantCulture)))).Append(')');
        }

        if (filter.FromUtc is { } from)
        {
            where.Append(" AND ").Append(When).Append(" >= ").Append(sql.Arg(from));
        }

        if (filter.ToUtc is { } to)
        {
            where.Append(" AND ").Append(When).Append(" < ").Append(sql.Arg(to));
        }

        return where.ToString();
    }

#pragma warning restore EF1003

    /// <summary>A count made with LIMIT CountLimit + 1: the total to show, and whether there are more.</summary>
    private (int Total, bool More) Capped(int counted) => counted > CountLimit ? (CountLimit, true) : (counted, false);

    private const string When = "COALESCE(p.\"PublishedAt\", p.\"UpdatedAt\")";

    /// <summary><see cref="When"/> for another alias of newsroom_posts.</summary>
    private static string WhenOf(string alias) => $"COALESCE({alias}.\"PublishedAt\", {alias}.\"UpdatedAt\")";

    /// <summary>What the search is limited to, besides its words.</summary>
    private sealed record Filter(IReadOnlyList<PostStatus>? Statuses, int? TopicId, IReadOnlyList<int>? Units, DateTime? FromUtc, DateTime? ToUtc);

    /// <summary>The arguments of one search's SQL, referred to as {0}, {1}… in its text.</summary>
    private sealed class SqlArgs
    {
        public List<object> Args { get; } = [];

        public string Arg(object value)
        {
            Args.Add(value);
            return "{" + (Args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> CountAsync(string text, SqlArgs sql, CancellationToken ct) =>
        (int)await db.Database.SqlQueryRaw<long>(text, [.. sql.Args]).SingleAsync(ct);

    private async Task<PostSearchResults> HitsAsync(List<SearchRow> ranked, IReadOnlyList<string> terms, int total, bool lowerBound, int page, int pageSize, CancellationToken ct)
    {
        var ids = ranked.Select(r => r.Id).ToList();
        var posts = await db.Set<Post>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Slug, p.Summary, p.BodyText, p.Status, p.PublishedAt, p.UpdatedAt, p.UnitId })
            .ToDictionaryAsync(p => p.Id, ct);
        var hits = new List<PostSearchHit>(ranked.Count);
        foreach (var row in ranked)
        {
            if (!posts.TryGetValue(row.Id, out var p))
            {
                continue;
            }

            var summary = VietnameseText.Nfc(p.Summary) ?? string.Empty;
            var body = VietnameseText.Nfc(p.BodyText) ?? string.Empty;
            var snippetSource = SearchHighlighter.Matches(summary, terms).Count > 0 || SearchHighlighter.Matches(body, terms).Count == 0 && summary.Length > 0 ? summary : body;
            hits.Add(new PostSearchHit(
                p.Id,
                p.Title,
                SearchHighlighter.Highlight(p.Title, terms),
                SearchHighlighter.Snippet(snippetSource, terms),
                PostLinks.PostPath(p.Id, p.Slug),
                p.Status,
                p.PublishedAt,
                p.UpdatedAt,
                p.UnitId,
                await decorations.UnitNameAsync(p.UnitId, ct),
                row.Exact > 0));
        }

        return new PostSearchResults(hits, total, page, pageSize, lowerBound);
    }

    /// <summary>The query as typed, in the case forms a title or a sentence would have it: "công đoàn", "Công đoàn", "Công Đoàn", "CÔNG ĐOÀN".</summary>
    internal static IEnumerable<string> Variants(string text)
    {
        var lower = text.ToLower(Vietnamese);
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new[]
        {
            text,
            lower,
            string.Concat(lower[..1].ToUpper(Vietnamese), lower[1..]),
            string.Join(' ', words.Select(w => string.Concat(w[..1].ToUpper(Vietnamese), w[1..]))),
            text.ToUpper(Vietnamese),
        }.Distinct(StringComparer.Ordinal);
    }

    /// <summary>2 when the title holds a variant, plus 1 when the summary or body does.</summary>
    private static string ExactSql(string function, IReadOnlyList<string> variants, Func<object, string> arg)
    {
        var parameters = variants.Select(arg).ToList();
        string Any(string column) => string.Join(" OR ", parameters.Select(v => $"{function}({column}, {v}) > 0"));
        return $"(CASE WHEN {Any("p.\"Title\"")} THEN 2 ELSE 0 END + CASE WHEN {Any("COALESCE(p.\"Summary\", '')")} OR {Any("p.\"BodyText\"")} THEN 1 ELSE 0 END)";
    }

    private static DateTime UtcStartOf(DateOnly vietnamDate) =>
        TimeZoneInfo.ConvertTimeToUtc(vietnamDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);

    /// <summary>
    /// The ids of units that own posts and lie inside one of the subtrees, each judged where it
    /// stands today or, for a unit merged away or dissolved, where it last stood
    /// (<see cref="IOrgHierarchy.GetLatestAsync"/>); null when that is every owner. One range
    /// query per subtree and per root, plus one lookup per owner that no longer exists.
    /// </summary>
    private async Task<IReadOnlyList<int>?> UnitsWithinAsync(IReadOnlyList<int> roots, CancellationToken ct)
    {
        var owners = await db.Set<Post>().AsNoTracking().Select(p => p.UnitId).Distinct().ToListAsync(ct);
        var within = new HashSet<int>();
        foreach (var root in roots)
        {
            within.UnionWith((await hierarchy.GetSubtreeAsync(root, ct: ct)).Select(u => u.Id));
        }

        var today = new HashSet<int>();
        foreach (var root in await hierarchy.GetRootsAsync(ct: ct))
        {
            today.UnionWith((await hierarchy.GetSubtreeAsync(root.Id, ct: ct)).Select(u => u.Id));
        }

        var allowed = new List<int>();
        foreach (var unitId in owners)
        {
            if (within.Contains(unitId))
            {
                allowed.Add(unitId);
            }
            else if (!today.Contains(unitId) && await hierarchy.GetLatestAsync(unitId, ct) is { } unit && roots.Any(unit.IsWithin))
            {
                allowed.Add(unitId);
            }
        }

        return allowed.Count == owners.Count ? null : allowed;
    }
}
