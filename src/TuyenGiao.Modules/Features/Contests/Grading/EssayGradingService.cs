using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Grading;

/// <summary>
/// Hand grading of the essay question: the queue (ungraded first, oldest first) and the grade
/// (0 to the contest's maximum, a comment, who and when, recorded in the audit log). Needs
/// EditContent over the organiser unit, like the rest of the setup.
/// </summary>
internal sealed class EssayGradingService(AppDbContext db, ContestSetupService setup, IAccessScope access, IAuditLog audit, IOrgHierarchy org, IUserNames userNames, TimeProvider time)
{
    public const int CommentMaxLength = 2000;

    public async Task<PagedResult<EssayItem>> ListAsync(int contestId, bool? graded, int? roundId, PageQuery page, CancellationToken ct)
    {
        var contest = await setup.LoadAsync(contestId, ct);
        var query = Essays(contestId);
        if (graded is { } g)
        {
            query = g ? query.Where(a => a.EssayScore != null) : query.Where(a => a.EssayScore == null);
        }

        if (roundId is { } r)
        {
            query = query.Where(a => a.RoundId == r);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.EssayScore == null ? 0 : 1).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<EssayItem>(await ToItemsAsync(contest, rows, ct), total);
    }

    public async Task<EssayItem> GradeAsync(int contestId, long attemptId, GradeEssayRequest body, CancellationToken ct)
    {
        var contest = await setup.LoadAsync(contestId, ct);
        if (contest.EssayQuestion is null)
        {
            throw AppProblemException.NotFound(Messages.Get("ContestsNoEssayQuestion"));
        }

        var attempt = await Essays(contestId).AsTracking().FirstOrDefaultAsync(a => a.Id == attemptId, ct) ?? throw AppProblemException.NotFound();
        var errors = new List<FieldError>();
        if (body.Score is null || body.Score < 0 || body.Score > contest.EssayMaxPoints)
        {
            errors.Add(new FieldError("score", Messages.Get("ContestsEssayScoreRange", contest.EssayMaxPoints)));
        }

        var comment = VietnameseText.Nfc(body.Comment)?.Trim();
        if (comment is { Length: > CommentMaxLength })
        {
            errors.Add(new FieldError("comment", Messages.Get("ContestsEssayCommentTooLong", CommentMaxLength)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var previous = attempt.EssayScore;
        attempt.EssayScore = body.Score;
        attempt.EssayComment = string.IsNullOrEmpty(comment) ? null : comment;
        attempt.EssayGradedBy = access.UserId;
        // The grader's full name as colleagues know them (the sign-in e-mail only when the account has none).
        attempt.EssayGradedByName = (access.UserId is { } userId ? await userNames.FullNameAsync(userId, ct) : null) ?? access.UserName;
        attempt.EssayGradedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(
            "contests.essay.graded",
            nameof(ContestAttempt),
            attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            contest.OrganiserUnitId,
            previous is null ? $"score={body.Score}" : $"score={body.Score}; previous={previous}");
        await db.SaveChangesAsync(ct);
        return (await ToItemsAsync(contest, [attempt], ct))[0];
    }

    /// <summary>Submitted attempts of the contest with a non-empty essay.</summary>
    private IQueryable<ContestAttempt> Essays(int contestId) =>
        db.Set<ContestAttempt>().AsNoTracking().Where(a => a.ContestId == contestId && a.SubmittedAt != null && a.Essay != null && a.Essay != "");

    private async Task<List<EssayItem>> ToItemsAsync(Contest contest, List<ContestAttempt> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ParticipantId).Distinct().ToList();
        var people = await db.Set<ContestParticipant>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.UnitId }).ToDictionaryAsync(p => p.Id, ct);
        var units = new Dictionary<int, string?>();
        var items = new List<EssayItem>(rows.Count);
        foreach (var a in rows)
        {
            var p = people[a.ParticipantId];
            string? unitName = null;
            if (p.UnitId is { } u && !units.TryGetValue(u, out unitName))
            {
                unitName = (await org.GetLatestAsync(u, ct))?.Name;
                units[u] = unitName;
            }

            var round = contest.Rounds.FirstOrDefault(r => r.Id == a.RoundId);
            items.Add(new EssayItem(
                a.Id, a.RoundId, round?.Title ?? "", a.ParticipantId, p.Name, unitName, a.Essay!, a.SubmittedAt!.Value, contest.EssayMaxPoints,
                a.EssayScore, a.EssayComment, a.EssayGradedByName ?? a.EssayGradedBy, a.EssayGradedAt));
        }

        return items;
    }
}
