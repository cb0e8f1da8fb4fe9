using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
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
internal sealed class PostSearchService(AppDbContext db, PostDecorations decorations, IOrgHierarchy hierarchy) : IPostSearch
{
    public const int MaxQueryLength = 200;

    /// <summary>How many of the newest hits are ranked; older hits follow newest first.</summary>
    public const int RankWindow = 200;

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
        if (text.Length > 0 && terms.Count == 0)
        {
            return new PostSearchResults([], 0, page, pageSize);
        }

        var args = new List<object>();
        string Arg(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        // Filters on the post row (the SQLite index holds the status itself, see SearchIndexSql.SqliteWithStatus).
        var where = new StringBuilder();
        var ftsStatus = terms.Count > 0 && !IsPostgres;
        if (statuses is not null && !ftsStatus)
        {
            where.Append(" AND p.\"Status\" IN (").Append(string.Join(", ", statuses.Select(s => Arg(s.ToString())))).Append(')');
        }

        if (query.TopicId is { } topicId)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM newsroom_post_topics t WHERE t.\"PostId\" = p.\"Id\" AND t.\"TopicId\" = ").Append(Arg(topicId)).Append(')');
        }

        if (query.UnitId is { } unitId)
        {
            where.Append(" AND p.\"UnitId\" = ").Append(Arg(unitId));
        }

        if (roots is not null)
        {
            var allowed = await UnitsWithinAsync(roots, ct);
            if (allowed.Count == 0)
            {
                return new PostSearchResults([], 0, page, pageSize);
            }

            where.Append(" AND p.\"UnitId\" IN (").Append(string.Join(", ", allowed.Select(a => a.ToString(CultureInfo.InvariantCulture)))).Append(')');
        }

        const string When = "COALESCE(p.\"PublishedAt\", p.\"UpdatedAt\")";
        if (query.From is { } fromDate)
        {
            where.Append(" AND ").Append(When).Append(" >= ").Append(Arg(UtcStartOf(fromDate)));
        }

        if (query.To is { } toDate)
        {
            where.Append(" AND ").Append(When).Append(" < ").Append(Arg(UtcStartOf(toDate.AddDays(1))));
        }

        // The SQL is built from constants, column names and {n} placeholders only; every value the
        // caller gave (query text, filters) is in args and goes in as a parameter.
#pragma warning disable EF1003
        var offset = (page - 1) * pageSize;
        if (terms.Count == 0)
        {
            // Filters only: newest first.
            var filter = " FROM newsroom_posts p WHERE 1 = 1" + where;
            var count = (int)await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\"" + filter, [.. args]).SingleAsync(ct);
            var newestSql = $"SELECT p.\"Id\" AS \"Id\", 0 AS \"Exact\", CAST(0 AS DOUBLE PRECISION) AS \"Score\"{filter} ORDER BY {When} DESC, p.\"Id\" DESC LIMIT {Num(pageSize)} OFFSET {Num(offset)}";
            var newest = count == 0 ? [] : await db.Database.SqlQueryRaw<SearchRow>(newestSql, [.. args]).ToListAsync(ct);
            return await HitsAsync(newest, terms, count, page, pageSize, ct);
        }

        // Hits come from the index newest first (by id); the RankWindow newest are ranked (exact form,
        // then relevance, then date) and lead, older hits follow newest first. A broad query ("cong
        // doan" matches nearly every post) thus costs a count in the index plus RankWindow rows.
        string source;
        string score;
        int total;
        var variants = Variants(text).ToList();
        var exact = ExactSql(IsPostgres ? "strpos" : "instr", variants, Arg);
        if (IsPostgres)
        {
            var tsquery = Arg(string.Join(' ', terms));
            var matches = $" FROM newsroom_posts p CROSS JOIN plainto_tsquery('simple', {tsquery}) q WHERE p.search_vector @@ q{where}";
            total = await CountAsync("SELECT COUNT(*) AS \"Value\"" + matches, args, ct);
            // ts_rank in the outer query: only the window's rows are ranked (in the inner select list it
            // ran for every hit before the sort, detoasting each tsvector).
            source = $"SELECT p.\"Id\" AS id{matches} ORDER BY p.\"Id\" DESC";
            score = $"-ts_rank(p.search_vector, plainto_tsquery('simple', {tsquery}))::float8";
        }
        else
        {
            // Relevance without bm25(): bm25 counts, for its IDF, every post holding each word — as
            // much work as the whole count again for a common word. Here: how many of the words the
            // (folded) title holds; within a window of newest hits that is what a reader expects.
            var words = "(" + string.Join(' ', terms.Select(t => "\"" + t + "\"")) + ")";
            string InStatus(IEnumerable<PostStatus> list) => " AND {Status} : (" + string.Join(" OR ", list.Select(s => "\"" + s.ToString().ToLowerInvariant() + "\"")) + ")";
            var expression = statuses is null ? words : words + InStatus(statuses);
            var match = Arg(expression);
            var matches = where.Length == 0
                ? $" FROM newsroom_posts_fts WHERE newsroom_posts_fts MATCH {match}"
                : $" FROM newsroom_posts_fts JOIN newsroom_posts p ON p.\"Id\" = newsroom_posts_fts.rowid WHERE newsroom_posts_fts MATCH {match}{where}";
            var others = statuses is null ? [] : Enum.GetValues<PostStatus>().Except(statuses).ToList();
            if (where.Length == 0 && statuses is not null && statuses.Contains(PostStatus.Published) && others.Count > 0)
            {
                // Nearly every post is published: the hits minus those in another status is cheaper
                // than intersecting the words with the long "published" list.
                var all = await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM newsroom_posts_fts WHERE newsroom_posts_fts MATCH {Arg(words)}", args, ct);
                var excluded = all == 0 ? 0 : await CountAsync($"SELECT COUNT(*) AS \"Value\" FROM newsroom_posts_fts WHERE newsroom_posts_fts MATCH {Arg(words + InStatus(others))}", args, ct);
                total = all - excluded;
            }
            else
            {
                total = await CountAsync("SELECT COUNT(*) AS \"Value\"" + matches, args, ct);
            }

            source = $"SELECT newsroom_posts_fts.rowid AS id{matches} ORDER BY newsroom_posts_fts.rowid DESC";
            score = "-1.0 * (" + string.Join(" + ", terms.Select(t => $"CASE WHEN instr(p.\"SearchTitle\", {Arg(t)}) > 0 THEN 1 ELSE 0 END")) + ")";
        }

        if (total == 0 || offset >= total)
        {
            return new PostSearchResults([], total, page, pageSize);
        }

        var select = $"SELECT p.\"Id\" AS \"Id\", {exact} AS \"Exact\", {score} AS \"Score\" FROM ";
        var ranked = new List<SearchRow>();
        if (offset < RankWindow)
        {
            var windowSql = $"{select}({source} LIMIT {Num(RankWindow)}) w JOIN newsroom_posts p ON p.\"Id\" = w.id ORDER BY 2 DESC, 3, {When} DESC, p.\"Id\" DESC LIMIT {Num(Math.Min(pageSize, RankWindow - offset))} OFFSET {Num(offset)}";
            ranked.AddRange(await db.Database.SqlQueryRaw<SearchRow>(windowSql, [.. args]).ToListAsync(ct));
        }

        var tailStart = Math.Max(offset, RankWindow);
        if (offset + pageSize > RankWindow && total > RankWindow)
        {
            var tailSql = $"{select}({source} LIMIT {Num(offset + pageSize - tailStart)} OFFSET {Num(tailStart)}) w JOIN newsroom_posts p ON p.\"Id\" = w.id ORDER BY p.\"Id\" DESC";
            ranked.AddRange(await db.Database.SqlQueryRaw<SearchRow>(tailSql, [.. args]).ToListAsync(ct));
        }

#pragma warning restore EF1003
        return await HitsAsync(ranked, terms, total, page, pageSize, ct);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> CountAsync(string sql, List<object> args, CancellationToken ct) =>
        (int)await db.Database.SqlQueryRaw<long>(sql, [.. args]).SingleAsync(ct);

    private async Task<PostSearchResults> HitsAsync(List<SearchRow> ranked, IReadOnlyList<string> terms, int total, int page, int pageSize, CancellationToken ct)
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

        return new PostSearchResults(hits, total, page, pageSize);
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

    /// <summary>The ids of units that own posts and lie inside one of the subtrees.</summary>
    private async Task<IReadOnlyList<int>> UnitsWithinAsync(IReadOnlyList<int> roots, CancellationToken ct)
    {
        var owners = await db.Set<Post>().AsNoTracking().Select(p => p.UnitId).Distinct().ToListAsync(ct);
        var allowed = new List<int>();
        foreach (var unitId in owners)
        {
            var unit = await hierarchy.GetLatestAsync(unitId, ct);
            if (unit is not null && roots.Any(unit.IsWithin))
            {
                allowed.Add(unitId);
            }
        }

        return allowed;
    }
}
