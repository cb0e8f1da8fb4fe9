namespace TuyenGiao.Modules.Features.Contests.Participation;

// The hot-path statements, in SQL both SQLite (3.35+) and PostgreSQL accept: quoted identifiers,
// INSERT … ON CONFLICT, RETURNING. Conflicts answer "no row" instead of an error, so one
// participant's conflict never aborts the batch's transaction.
internal static class Sql
{
    public static async Task<int> ExecuteAsync(WriteSession s, string sql, CancellationToken ct, params (string, object?)[] args) =>
        await s.Command(sql, args).ExecuteNonQueryAsync(ct);

    public static async Task<long?> ScalarAsync(WriteSession s, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        var value = await s.Command(sql, args).ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Registers a participant; result: the new id, or null when the phone is already registered for the contest.</summary>
internal sealed class RegisterWrite(int contestId, string name, string phone, string? email, int? unitId, string secretHash, DateTime now) : ContestWrite
{
    public override async Task<object?> ExecuteAsync(WriteSession session, CancellationToken ct) =>
        await Sql.ScalarAsync(session, """
            INSERT INTO contests_participants ("ContestId", "Name", "Phone", "Email", "UnitId", "SecretHash", "ConsentedAt", "RegisteredAt")
            VALUES (@c, @n, @p, @e, @u, @s, @t, @t)
            ON CONFLICT ("ContestId", "Phone") DO NOTHING
            RETURNING "Id"
            """, ct, ("@c", contestId), ("@n", name), ("@p", phone), ("@e", email), ("@u", unitId), ("@s", secretHash), ("@t", now));
}

internal sealed record StartedRow(long Id, int Number);

/// <summary>
/// Starts an attempt when the participant has attempts left in the round; result: the row, or
/// null at the limit. The number is counted inside the transaction and the unique
/// (round, participant, number) index settles races between nodes.
/// </summary>
internal sealed class StartWrite(int contestId, int roundId, long participantId, int maxAttempts, string layout, string tokenHash, DateTime now, DateTime deadline, string? ip) : ContestWrite
{
    public override async Task<object?> ExecuteAsync(WriteSession session, CancellationToken ct)
    {
        StartedRow? row = null;
        var cmd = session.Command("""
            INSERT INTO contests_attempts ("ContestId", "RoundId", "ParticipantId", "Number", "Layout", "TokenHash", "StartedAt", "Deadline", "StartIp")
            SELECT @c, @r, @p, n.cnt + 1, @l, @h, @t, @d, @ip
            FROM (SELECT COUNT(*) AS cnt FROM contests_attempts WHERE "RoundId" = @r AND "ParticipantId" = @p) AS n
            WHERE n.cnt < @max
            ON CONFLICT ("RoundId", "ParticipantId", "Number") DO NOTHING
            RETURNING "Id", "Number"
            """, [("@c", contestId), ("@r", roundId), ("@p", participantId), ("@l", layout), ("@h", tokenHash), ("@t", now), ("@d", deadline), ("@ip", ip), ("@max", maxAttempts)]);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                row = new StartedRow(reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (row is not null)
        {
            await AttemptEvents.AddAsync(session, row.Id, "started", now, ip, null, ct);
        }

        return row;
    }
}

/// <summary>Saves (or replaces) one answer while the attempt is not submitted; result: true when saved.</summary>
internal sealed class AnswerWrite(long attemptId, IReadOnlyList<(int QuestionId, string OptionIds, bool IsCorrect)> answers, DateTime now) : ContestWrite
{
    public override async Task<object?> ExecuteAsync(WriteSession session, CancellationToken ct) =>
        await SaveAsync(session, attemptId, answers, now, ct);

    public static async Task<bool> SaveAsync(WriteSession session, long attemptId, IReadOnlyList<(int QuestionId, string OptionIds, bool IsCorrect)> answers, DateTime now, CancellationToken ct)
    {
        var open = await Sql.ScalarAsync(session, """SELECT 1 FROM contests_attempts WHERE "Id" = @a AND "SubmittedAt" IS NULL""", ct, ("@a", attemptId));
        if (open is null)
        {
            return false;
        }

        await UpsertAsync(session, attemptId, answers, now, ct);
        return true;
    }

    public static async Task UpsertAsync(WriteSession session, long attemptId, IReadOnlyList<(int QuestionId, string OptionIds, bool IsCorrect)> answers, DateTime now, CancellationToken ct)
    {
        if (answers.Count == 0)
        {
            return;
        }

        // One multi-row upsert for all the answers sent (a submission carries up to the whole attempt).
        var values = new System.Text.StringBuilder();
        var args = new List<(string, object?)> { ("@a", attemptId), ("@t", now) };
        for (var i = 0; i < answers.Count; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values.Append(i == 0 ? "" : ", ").Append("(@a, @q").Append(n).Append(", @o").Append(n).Append(", @c").Append(n).Append(", @t)");
            args.Add(("@q" + n, answers[i].QuestionId));
            args.Add(("@o" + n, answers[i].OptionIds));
            args.Add(("@c" + n, answers[i].IsCorrect));
        }

        await Sql.ExecuteAsync(session, $"""
            INSERT INTO contests_answers ("AttemptId", "QuestionId", "OptionIds", "IsCorrect", "SavedAt")
            VALUES {values}
            ON CONFLICT ("AttemptId", "QuestionId") DO UPDATE SET "OptionIds" = excluded."OptionIds", "IsCorrect" = excluded."IsCorrect", "SavedAt" = excluded."SavedAt"
            """, ct, args.ToArray());
    }
}

internal sealed record SubmittedRow(int Score, long DurationMs, string? Flags);

/// <summary>
/// Submits: saves the answers sent along, scores from the saved answers of the fixed attempt,
/// records prediction, essay, duration and flags. Result: the row, or null when it was already submitted.
/// When the submission carries an answer for every question of the attempt (<paramref name="fullScore"/>
/// set: the usual case), every saved answer is replaced by one sent here, so the score is known
/// without reading: the attempt row is closed first (that conditional UPDATE is also the "not yet
/// submitted" check) and the answers written after it — three statements in all.
/// </summary>
internal sealed class SubmitWrite(long attemptId, IReadOnlyList<(int QuestionId, string OptionIds, bool IsCorrect)> answers, int? fullScore, int? prediction, string? essay, DateTime now, long durationMs, string? flags, string? ip) : ContestWrite
{
    private const string Close = """
        UPDATE contests_attempts SET "SubmittedAt" = @t, "Score" = @s, "Prediction" = @p, "Essay" = @e, "DurationMs" = @d, "Flags" = @f
        WHERE "Id" = @a AND "SubmittedAt" IS NULL
        """;

    public override async Task<object?> ExecuteAsync(WriteSession session, CancellationToken ct)
    {
        int score;
        if (fullScore is { } known)
        {
            score = known;
            if (await Sql.ExecuteAsync(session, Close, ct, ("@t", now), ("@s", score), ("@p", prediction), ("@e", essay), ("@d", durationMs), ("@f", flags), ("@a", attemptId)) == 0)
            {
                return null;
            }

            await AnswerWrite.UpsertAsync(session, attemptId, answers, now, ct);
        }
        else
        {
            if (!await AnswerWrite.SaveAsync(session, attemptId, answers, now, ct))
            {
                return null;
            }

            score = (int)(await Sql.ScalarAsync(session, """SELECT COUNT(*) FROM contests_answers WHERE "AttemptId" = @a AND "IsCorrect" = @yes""", ct, ("@a", attemptId), ("@yes", true)) ?? 0);
            if (await Sql.ExecuteAsync(session, Close, ct, ("@t", now), ("@s", score), ("@p", prediction), ("@e", essay), ("@d", durationMs), ("@f", flags), ("@a", attemptId)) == 0)
            {
                return null;
            }
        }

        await AttemptEvents.AddAsync(session, attemptId, "submitted", now, ip, flags, ct);
        return new SubmittedRow(score, durationMs, flags);
    }
}

internal static class AttemptEvents
{
    public static Task<int> AddAsync(WriteSession s, long attemptId, string kind, DateTime at, string? ip, string? detail, CancellationToken ct) =>
        Sql.ExecuteAsync(s, """INSERT INTO contests_attempt_events ("AttemptId", "Kind", "At", "Ip", "Detail") VALUES (@a, @k, @t, @ip, @d)""", ct,
            ("@a", attemptId), ("@k", kind), ("@t", at), ("@ip", ip), ("@d", detail));
}
