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
    /// SQLite, second version (migration SearchIndexWithStatus): the FTS5 table also indexes the
    /// post's <c>Status</c> column (one token: "published", "draft", …), so a search filters by
    /// status inside the index (<c>{Status} : "published"</c>) and counts and ranks its hits
    /// without reading a single newsroom_posts row — those rows are wide (the body twice and the
    /// folded text), their status sits behind the body in overflow pages, and a broad query
    /// ("cong doan") matches nearly every post. The triggers now also follow status changes.
    /// </summary>
    public const string SqliteWithStatus = """
        DROP TRIGGER IF EXISTS newsroom_posts_fts_au;
        DROP TRIGGER IF EXISTS newsroom_posts_fts_ad;
        DROP TRIGGER IF EXISTS newsroom_posts_fts_ai;
        DROP TABLE IF EXISTS newsroom_posts_fts;
        CREATE VIRTUAL TABLE newsroom_posts_fts USING fts5(
            "SearchTitle", "SearchText", "Status",
            content='newsroom_posts', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2');
        INSERT INTO newsroom_posts_fts(newsroom_posts_fts) VALUES ('rebuild');
        CREATE TRIGGER newsroom_posts_fts_ai AFTER INSERT ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(rowid, "SearchTitle", "SearchText", "Status") VALUES (new."Id", new."SearchTitle", new."SearchText", new."Status");
        END;
        CREATE TRIGGER newsroom_posts_fts_ad AFTER DELETE ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(newsroom_posts_fts, rowid, "SearchTitle", "SearchText", "Status") VALUES ('delete', old."Id", old."SearchTitle", old."SearchText", old."Status");
        END;
        CREATE TRIGGER newsroom_posts_fts_au AFTER UPDATE OF "SearchTitle", "SearchText", "Status" ON newsroom_posts BEGIN
            INSERT INTO newsroom_posts_fts(newsroom_posts_fts, rowid, "SearchTitle", "SearchText", "Status") VALUES ('delete', old."Id", old."SearchTitle", old."SearchText", old."Status");
            INSERT INTO newsroom_posts_fts(rowid, "SearchTitle", "SearchText", "Status") VALUES (new."Id", new."SearchTitle", new."SearchText", new."Status");
        END;
        """;

    /// <summary>Back to the first version (<see cref="Sqlite"/>).</summary>
    public const string SqliteWithStatusDown = SqliteDown + Sqlite;

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

    /// <summary>
    /// PostgreSQL, second version: punctuation becomes a space before the text is split, so a
    /// word in typographic quotes or brackets (“tet sum vay”) is the same token as without them
    /// (the 'simple' parser of a cluster created without a locale keeps such characters inside
    /// words). SQLite's unicode61 tokenizer already splits on them.
    /// </summary>
    public const string PostgresWithoutPunctuation = """
        DROP INDEX IF EXISTS ix_newsroom_posts_search_vector;
        ALTER TABLE newsroom_posts DROP COLUMN IF EXISTS search_vector;
        ALTER TABLE newsroom_posts ADD COLUMN search_vector tsvector
            GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', regexp_replace(coalesce("SearchTitle", ''), '[^[:alnum:][:space:]]+', ' ', 'g')), 'A') ||
                setweight(to_tsvector('simple', regexp_replace(coalesce("SearchText", ''), '[^[:alnum:][:space:]]+', ' ', 'g')), 'D')) STORED;
        CREATE INDEX ix_newsroom_posts_search_vector ON newsroom_posts USING GIN (search_vector);
        """;

    /// <summary>Back to the first version (<see cref="Postgres"/>).</summary>
    public const string PostgresWithoutPunctuationDown = PostgresDown + Postgres;

    public const string PostgresDown = """
        DROP INDEX IF EXISTS ix_newsroom_posts_search_vector;
        ALTER TABLE newsroom_posts DROP COLUMN IF EXISTS search_vector;
        """;
}
