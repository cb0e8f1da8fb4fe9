namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>
/// The search index's provider-specific SQL, kept out of the generated migration so the
/// migration can be regenerated: the migration calls <see cref="Sqlite"/> or
/// <see cref="Postgres"/> (and the Down counterparts) in one line per provider.
/// Both index the folded columns the domain keeps (<c>SearchTitle</c>, <c>SearchText</c>:
/// tones and đ removed, lower case), so "cong doan" finds "Công đoàn".
/// </summary>
internal static class SearchIndexSql
{
    /// <summary>
    /// SQLite: an external-content FTS5 table over the folded columns (rowid = post id), filled
    /// from the existing rows and kept in step by triggers on newsroom_posts.
    /// </summary>
    public const string Sqlite = """
        CREATE VIRTUAL TABLE IF NOT EXISTS newsroom_posts_fts USING fts5(
            "SearchTitle", "SearchText",
            content='newsroom_posts', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2');
        INSERT INTO newsroom_posts_fts(newsroom_posts_fts) VALUES ('rebuild');
        CREATE TRIGGER IF NOT EXISTS newsroom_posts_fts_ai AFTER INSERT ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(rowid, "SearchTitle", "SearchText") VALUES (new."Id", new."SearchTitle", new."SearchText");
        END;
        CREATE TRIGGER IF NOT EXISTS newsroom_posts_fts_ad AFTER DELETE ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(newsroom_posts_fts, rowid, "SearchTitle", "SearchText") VALUES ('delete', old."Id", old."SearchTitle", old."SearchText");
        END;
        CREATE TRIGGER IF NOT EXISTS newsroom_posts_fts_au AFTER UPDATE OF "SearchTitle", "SearchText" ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(newsroom_posts_fts, rowid, "SearchTitle", "SearchText") VALUES ('delete', old."Id", old."SearchTitle", old."SearchText");
            INSERT INTO newsroom_posts_fts(rowid, "SearchTitle", "SearchText") VALUES (new."Id", new."SearchTitle", new."SearchText");
        END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS newsroom_posts_fts_au;
        DROP TRIGGER IF EXISTS newsroom_posts_fts_ad;
        DROP TRIGGER IF EXISTS newsroom_posts_fts_ai;
        DROP TABLE IF EXISTS newsroom_posts_fts;
        """;

    /// <summary>
    /// PostgreSQL: a stored generated tsvector over the folded columns ('simple' configuration:
    /// no stemming, no stop words; the title weighs A, the rest D) with a GIN index. PostgreSQL
    /// computes it on every insert and update, so nothing can fall out of step. The column is
    /// not in the EF model: EF never reads or writes it.
    /// </summary>
    public const string Postgres = """
        ALTER TABLE newsroom_posts ADD COLUMN IF NOT EXISTS search_vector tsvector
            GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce("SearchTitle", '')), 'A') ||
                setweight(to_tsvector('simple', coalesce("SearchText", '')), 'D')) STORED;
        CREATE INDEX IF NOT EXISTS ix_newsroom_posts_search_vector ON newsroom_posts USING GIN (search_vector);
        """;

    public const string PostgresDown = """
        DROP INDEX IF EXISTS ix_newsroom_posts_search_vector;
        ALTER TABLE newsroom_posts DROP COLUMN IF EXISTS search_vector;
        """;
}
