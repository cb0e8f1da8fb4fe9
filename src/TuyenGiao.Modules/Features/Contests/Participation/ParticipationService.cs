using System.Globalization;
using System.Net.Mail;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>
/// The participant flow: register, start (the attempt is fixed here), save answers, submit,
/// resume, and the personal-data rights. The hot path reads the contest and the attempt from
/// memory and writes through <see cref="ContestWriter"/> (acknowledged == committed).
/// </summary>
internal sealed class ParticipationService(
    ContestCatalog catalog,
    ContestWriter writer,
    IMemoryCache cache,
    PhoneRateLimiter phones,
    IOrgHierarchy org,
    AppDbContext db,
    TimeProvider time,
    IOptions<ContestsOptions> options)
{
    public async Task<Registration> RegisterAsync(int contestId, RegisterRequest body, CancellationToken ct)
    {
        var contest = await PublishedAsync(contestId, ct);
        var errors = new List<FieldError>();
        var name = VietnameseText.CleanLine(body.Name);
        if (name.Length is 0 or > 200)
        {
            errors.Add(new FieldError("name", Messages.Get("ContestsNameRequired")));
        }

        var phone = NormalizePhone(body.Phone);
        if (phone is null)
        {
            errors.Add(new FieldError("phone", Messages.Get("ContestsPhoneInvalid")));
        }

        var email = VietnameseText.Nfc(body.Email);
        if (string.IsNullOrEmpty(email))
        {
            email = null;
        }
        else if (email.Length > 254 || !MailAddress.TryCreate(email, out _))
        {
            errors.Add(new FieldError("email", Messages.Get("ContestsEmailInvalid")));
        }

        if (body.UnitId is { } unitId && !await org.IsWithinAsync(unitId, contest.EligibleUnitId, ct: ct))
        {
            errors.Add(new FieldError("unitId", Messages.Get("ContestsUnitNotEligible")));
        }

        if (!body.Consent)
        {
            errors.Add(new FieldError("consent", Messages.Get("ContestsConsentRequired")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        phones.Check(contestId, phone!);
        var secret = Secrets.New();
        var hash = Secrets.Hash(secret);
        var now = Now();
        var id = (long?)await writer.WriteAsync(new RegisterWrite(contestId, name, phone!, email, body.UnitId, hash, now), ct)
            ?? throw AppProblemException.Conflict(Messages.Get("ContestsPhoneTaken"));
        cache.Set(ParticipantKey(contestId, phone!), new ParticipantKeyInfo(id, hash), TimeSpan.FromHours(2));
        return new Registration(id, secret);
    }

    public async Task<AttemptView> StartAsync(int contestId, ParticipantCredentials body, string? ip, CancellationToken ct)
    {
        var contest = await PublishedAsync(contestId, ct);
        var participant = await AuthenticateAsync(contestId, body, ct);
        var now = Now();
        var round = contest.OpenRound(now) ?? throw new AppProblemException(409, Messages.Get("ContestsNoOpenRound"), Messages.Get("ContestsNoOpenRoundDetail"));
        phones.Check(contestId, NormalizePhone(body.Phone)!);

        var layout = Draw(contest);
        var token = Secrets.New();
        var tokenHash = Secrets.Hash(token);
        var deadline = now.AddSeconds(contest.TimeLimitSeconds);
        if (deadline > round.ClosesAt)
        {
            deadline = round.ClosesAt;
        }

        var row = (StartedRow?)await writer.WriteAsync(new StartWrite(contestId, round.Id, participant.Id, contest.AttemptsPerRound, AttemptState.Format(layout), tokenHash, now, deadline, ip), ct)
            ?? throw new AppProblemException(409, Messages.Get("ContestsAttemptLimit"), Messages.Get("ContestsAttemptLimitDetail", contest.AttemptsPerRound));
        var state = new AttemptState
        {
            Id = row.Id, ContestId = contestId, RoundId = round.Id, ParticipantId = participant.Id, Number = row.Number,
            TokenHash = tokenHash, StartedAt = now, Deadline = deadline, Layout = layout,
        };
        cache.Set(AttemptKey(row.Id), state, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        return View(contest, state, new Dictionary<int, string>(), token, null, now);
    }

    public async Task<AttemptView> GetAsync(int contestId, long attemptId, string? token, CancellationToken ct)
    {
        var contest = await catalog.GetAsync(contestId, ct) ?? throw AppProblemException.NotFound();
        var state = await AttemptAsync(contestId, attemptId, token, ct);
        var answers = await db.Set<ContestAnswer>().AsNoTracking().Where(a => a.AttemptId == attemptId)
            .Select(a => new { a.QuestionId, a.OptionIds }).ToDictionaryAsync(a => a.QuestionId, a => a.OptionIds, ct);
        var now = Now();
        var round = contest.Round(state.RoundId);
        DateTime? submittedAt = null;
        AttemptResult? result = null;
        var row = await db.Set<ContestAttempt>().AsNoTracking().Where(a => a.Id == attemptId).Select(a => new { a.SubmittedAt, a.Score }).FirstAsync(ct);
        submittedAt = row.SubmittedAt;
        if (round is not null && now >= round.ClosesAt)
        {
            // Only once the round has closed: the score and the correct options.
            result = new AttemptResult(
                row.Score ?? 0,
                state.Layout.Count,
                state.Layout.ToDictionary(l => l.Key, l => (IReadOnlyList<int>)(contest.Questions.TryGetValue(l.Key, out var q) ? q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToList() : [])));
        }

        return View(contest, state, answers, null, result, now) with { SubmittedAt = submittedAt };
    }

    public async Task<AnswerSaved> SaveAnswerAsync(int contestId, long attemptId, string? token, AnswerRequest body, CancellationToken ct)
    {
        var contest = await catalog.GetAsync(contestId, ct) ?? throw AppProblemException.NotFound();
        var state = await AttemptAsync(contestId, attemptId, token, ct);
        var now = Now();
        EnsureOpen(state, now);
        var answer = Check(contest, state, body, "optionIds");
        if (!(bool)(await writer.WriteAsync(new AnswerWrite(attemptId, [answer], now), ct))!)
        {
            state.Submitted = true;
            throw AppProblemException.Conflict(Messages.Get("ContestsAlreadySubmitted"));
        }

        return new AnswerSaved(body.QuestionId, now);
    }

    public async Task<SubmissionReceipt> SubmitAsync(int contestId, long attemptId, string? token, SubmitRequest body, string? ip, CancellationToken ct)
    {
        var contest = await catalog.GetAsync(contestId, ct) ?? throw AppProblemException.NotFound();
        var state = await AttemptAsync(contestId, attemptId, token, ct);
        var now = Now();
        EnsureOpen(state, now);
        var answers = (body.Answers ?? []).Select((a, i) => Check(contest, state, a, $"answers[{i}].optionIds")).GroupBy(a => a.QuestionId).Select(g => g.Last()).ToList();
        var errors = new List<FieldError>();
        if (body.Prediction is < 0)
        {
            errors.Add(new FieldError("prediction", Messages.Get("ContestsPredictionInvalid")));
        }

        var essay = VietnameseText.Nfc(body.Essay);
        if (essay is { Length: > 10000 })
        {
            errors.Add(new FieldError("essay", Messages.Get("ContestsEssayTooLong")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var duration = (long)(now - state.StartedAt).TotalMilliseconds;
        var flags = duration < options.Value.MinSecondsPerQuestion * 1000 * state.Layout.Count ? "too-fast" : null;
        var row = (SubmittedRow?)await writer.WriteAsync(new SubmitWrite(attemptId, answers, answers.Count == state.Layout.Count ? answers.Count(a => a.IsCorrect) : null, body.Prediction, string.IsNullOrEmpty(essay) ? null : essay, now, duration, flags, ip), ct);
        state.Submitted = true;
        if (row is null)
        {
            throw AppProblemException.Conflict(Messages.Get("ContestsAlreadySubmitted"));
        }

        var answered = answers.Count == state.Layout.Count
            ? answers.Count(a => a.OptionIds.Length > 0)
            : await db.Set<ContestAnswer>().CountAsync(a => a.AttemptId == attemptId && a.OptionIds != "", ct);
        var closes = contest.Round(state.RoundId)?.ClosesAt ?? now;
        return new SubmissionReceipt(attemptId, now, duration, answered, state.Layout.Count, closes);
    }

    public async Task<ParticipantData> ExportAsync(int contestId, ParticipantCredentials body, CancellationToken ct)
    {
        var who = await AuthenticateAsync(contestId, body, ct);
        var p = await db.Set<ContestParticipant>().AsNoTracking().FirstAsync(x => x.Id == who.Id, ct);
        var attempts = await db.Set<ContestAttempt>().AsNoTracking().Where(a => a.ParticipantId == p.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var ids = attempts.Select(a => a.Id).ToList();
        var answers = await db.Set<ContestAnswer>().AsNoTracking().Where(a => ids.Contains(a.AttemptId)).ToListAsync(ct);
        return new ParticipantData(p.Id, p.Name, p.Phone, p.Email, p.UnitId, p.RegisteredAt, p.ConsentedAt, attempts.Select(a => new ParticipantAttemptData(
            a.Id, a.RoundId, a.Number, a.StartedAt, a.SubmittedAt, a.Prediction, a.Essay,
            answers.Where(x => x.AttemptId == a.Id).ToDictionary(x => x.QuestionId, x => x.OptionIds), a.StartIp)).ToList());
    }

    /// <summary>Erasure: name, phone, e-mail, essay and IP addresses go; the rows stay (anonymous) so counts and rankings hold.</summary>
    public async Task EraseAsync(int contestId, ParticipantCredentials body, CancellationToken ct)
    {
        var who = await AuthenticateAsync(contestId, body, ct);
        var now = Now();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var placeholder = "erased-" + who.Id.ToString(CultureInfo.InvariantCulture);
        await db.Set<ContestParticipant>().Where(p => p.Id == who.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Name, Messages.Get("ContestsErasedName"))
            .SetProperty(p => p.Phone, placeholder)
            .SetProperty(p => p.Email, (string?)null)
            .SetProperty(p => p.SecretHash, "-")
            .SetProperty(p => p.ErasedAt, now), ct);
        var attempts = db.Set<ContestAttempt>().Where(a => a.ParticipantId == who.Id);
        await attempts.ExecuteUpdateAsync(s => s.SetProperty(a => a.Essay, (string?)null).SetProperty(a => a.StartIp, (string?)null), ct);
        await db.Set<ContestAttemptEvent>().Where(e => attempts.Select(a => a.Id).Contains(e.AttemptId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Ip, (string?)null), ct);
        await tx.CommitAsync(ct);
        cache.Remove(ParticipantKey(contestId, NormalizePhone(body.Phone)!));
    }

    public static string? NormalizePhone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        if (raw.TrimStart().StartsWith('+') || digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = digits.StartsWith("84", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
        }

        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? digits : null;
    }

    public static string? TokenFrom(Microsoft.AspNetCore.Http.HttpContext http, long attemptId) =>
        http.Request.Headers["X-Attempt-Token"].FirstOrDefault() is { Length: > 0 } header
            ? header
            : http.Request.Cookies[TokenCookie(attemptId)];

    public static string TokenCookie(long attemptId) => "tg_attempt_" + attemptId.ToString(CultureInfo.InvariantCulture);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private async Task<CachedContest> PublishedAsync(int contestId, CancellationToken ct)
    {
        var contest = await catalog.GetAsync(contestId, ct);
        return contest is { IsPublished: true } ? contest : throw AppProblemException.NotFound();
    }

    private sealed record ParticipantKeyInfo(long Id, string SecretHash);

    private static string ParticipantKey(int contestId, string phone) => $"contests:participant:{contestId}:{phone}";

    private static string AttemptKey(long id) => "contests:attempt:" + id.ToString(CultureInfo.InvariantCulture);

    private async Task<ParticipantKeyInfo> AuthenticateAsync(int contestId, ParticipantCredentials body, CancellationToken ct)
    {
        var phone = NormalizePhone(body.Phone) ?? throw AppProblemException.Invalid([new FieldError("phone", Messages.Get("ContestsPhoneInvalid"))]);
        var info = await cache.GetOrCreateAsync(ParticipantKey(contestId, phone), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(2);
            var p = await db.Set<ContestParticipant>().AsNoTracking().Where(x => x.ContestId == contestId && x.Phone == phone && x.ErasedAt == null)
                .Select(x => new ParticipantKeyInfo(x.Id, x.SecretHash)).FirstOrDefaultAsync(ct);
            if (p is null)
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1);
            }

            return p;
        });
        return info is not null && Secrets.Matches(body.Secret, info.SecretHash)
            ? info
            : throw new AppProblemException(401, Messages.Get("ContestsWrongSecret"), Messages.Get("ContestsWrongSecretDetail"));
    }

    private async Task<AttemptState> AttemptAsync(int contestId, long attemptId, string? token, CancellationToken ct)
    {
        var state = await cache.GetOrCreateAsync(AttemptKey(attemptId), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var a = await db.Set<ContestAttempt>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == attemptId, ct);
            if (a is null)
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1);
                return null;
            }

            return new AttemptState
            {
                Id = a.Id, ContestId = a.ContestId, RoundId = a.RoundId, ParticipantId = a.ParticipantId, Number = a.Number, TokenHash = a.TokenHash,
                StartedAt = a.StartedAt, Deadline = a.Deadline, Layout = AttemptState.Parse(a.Layout), Submitted = a.SubmittedAt is not null,
            };
        });

        // Unknown attempt, another contest's, or a wrong token: the same 404, nothing to probe.
        return state is not null && state.ContestId == contestId && Secrets.Matches(token, state.TokenHash)
            ? state
            : throw AppProblemException.NotFound(Messages.Get("ContestsAttemptNotFound"));
    }

    private void EnsureOpen(AttemptState state, DateTime now)
    {
        if (state.Submitted)
        {
            throw AppProblemException.Conflict(Messages.Get("ContestsAlreadySubmitted"));
        }

        if (now > state.Deadline.AddSeconds(options.Value.GraceSeconds))
        {
            throw new AppProblemException(409, Messages.Get("ContestsPastDeadline"), Messages.Get("ContestsPastDeadlineDetail", Shared.Time.VietnamTime.Format(state.Deadline)));
        }
    }

    private static (int QuestionId, string OptionIds, bool IsCorrect) Check(CachedContest contest, AttemptState state, AnswerRequest answer, string field)
    {
        var slot = state.Layout.FirstOrDefault(l => l.Key == answer.QuestionId);
        if (slot.Value is null || !contest.Questions.TryGetValue(answer.QuestionId, out var question))
        {
            throw AppProblemException.Invalid([new FieldError(field.Replace("optionIds", "questionId", StringComparison.Ordinal), Messages.Get("ContestsQuestionNotInAttempt"))]);
        }

        var chosen = (answer.OptionIds ?? []).Distinct().Order().ToList();
        if (chosen.Any(o => !slot.Value.Contains(o)))
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("ContestsOptionNotInQuestion"))]);
        }

        if (!question.MultipleChoice && chosen.Count > 1)
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("ContestsSingleChoice"))]);
        }

        var key = string.Join(',', chosen);
        return (answer.QuestionId, key, key.Length > 0 && key == question.CorrectKey);
    }

    /// <summary>Draws the attempt's questions by the contest's quotas (then at random for the rest) and shuffles each one's options.</summary>
    internal static List<KeyValuePair<int, int[]>> Draw(CachedContest contest)
    {
        var pool = contest.Questions.Values.Where(q => q.IsActive).ToList();
        if (pool.Count < contest.QuestionsPerAttempt)
        {
            throw new AppProblemException(409, Messages.Get("ContestsBankTooSmall"), Messages.Get("ContestsBankTooSmallDetail", pool.Count, contest.QuestionsPerAttempt));
        }

        var picked = new List<CachedQuestion>(contest.QuestionsPerAttempt);
        foreach (var quota in Quota.Parse(contest.Quotas))
        {
            var matching = pool.Where(q => !picked.Contains(q) && quota.Matches(q)).ToArray();
            Random.Shared.Shuffle(matching);
            picked.AddRange(matching.Take(Math.Min(quota.Count, contest.QuestionsPerAttempt - picked.Count)));
        }

        var rest = pool.Where(q => !picked.Contains(q)).ToArray();
        Random.Shared.Shuffle(rest);
        picked.AddRange(rest.Take(contest.QuestionsPerAttempt - picked.Count));
        var order = picked.ToArray();
        Random.Shared.Shuffle(order);
        return order.Select(q =>
        {
            var options = q.Options.Select(o => o.Id).ToArray();
            Random.Shared.Shuffle(options);
            return new KeyValuePair<int, int[]>(q.Id, options);
        }).ToList();
    }

    private static AttemptView View(CachedContest contest, AttemptState state, Dictionary<int, string> answers, string? token, AttemptResult? result, DateTime now)
    {
        var questions = state.Layout.Select(l =>
        {
            var q = contest.Questions[l.Key];
            var text = q.Options.ToDictionary(o => o.Id, o => o.Text);
            var chosen = answers.TryGetValue(l.Key, out var c)
                ? c.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList()
                : [];
            return new AttemptQuestion(q.Id, q.Text, q.MultipleChoice, l.Value.Select(o => new AttemptOption(o, text[o])).ToList(), chosen);
        }).ToList();
        var left = (int)Math.Max(0, Math.Ceiling((state.Deadline - now).TotalSeconds));
        return new AttemptView(state.Id, state.ContestId, state.RoundId, state.Number, state.StartedAt, state.Deadline, left, state.Submitted ? now : null,
            contest.PredictionQuestion, contest.EssayQuestion, questions, token, result);
    }
}
