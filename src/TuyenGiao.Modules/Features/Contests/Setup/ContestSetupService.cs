using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Setup;

/// <summary>Contest setup for organisers: EditContent in the organiser unit's subtree.</summary>
internal sealed class ContestSetupService(AppDbContext db, IAccessScope access, IOrgHierarchy org, ContestCatalog catalog, TimeProvider time)
{
    public static readonly IReadOnlyList<RankingKey> DefaultOrder = [RankingKey.Score, RankingKey.Prediction, RankingKey.Duration, RankingKey.SubmittedAt];

    public async Task<PagedResult<ContestItem>> ListAsync(PageQuery page, CancellationToken ct)
    {
        var roots = await access.RootsAsync(Permission.EditContent, ct);
        var all = await db.Set<Contest>().AsNoTracking().Include(c => c.Rounds).OrderByDescending(c => c.Id).ToListAsync(ct);
        var visible = new List<Contest>();
        foreach (var c in all)
        {
            if (roots is null || await AnyWithinAsync(c.OrganiserUnitId, roots, ct))
            {
                visible.Add(c);
            }
        }

        var counts = await QuestionCountsAsync(visible.Select(c => c.Id).ToList(), ct);
        return new PagedResult<ContestItem>(visible.Skip(page.Skip).Take(page.PageSize).Select(c => ToItem(c, counts.GetValueOrDefault(c.Id))).ToList(), visible.Count);
    }

    public async Task<ContestItem> GetAsync(int id, CancellationToken ct)
    {
        var c = await LoadAsync(id, ct);
        var counts = await QuestionCountsAsync([id], ct);
        return ToItem(c, counts.GetValueOrDefault(id));
    }

    public async Task<ContestItem> CreateAsync(SaveContestRequest body, CancellationToken ct)
    {
        var c = new Contest { Slug = "", Title = "", PredictionQuestion = "", RankingOrder = "", CreatedAt = time.GetUtcNow().UtcDateTime };
        await ApplyAsync(c, body, ct);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return await GetAsync(c.Id, ct);
    }

    public async Task<ContestItem> UpdateAsync(int id, SaveContestRequest body, CancellationToken ct)
    {
        var c = await db.Set<Contest>().Include(x => x.Rounds).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.EditContent, c.OrganiserUnitId, ct);
        await ApplyAsync(c, body, ct);
        await db.SaveChangesAsync(ct);
        catalog.Invalidate(id);
        return await GetAsync(id, ct);
    }

    /// <summary>Loads the contest and checks the caller may edit it (404 / 403).</summary>
    public async Task<Contest> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<Contest>().AsNoTracking().Include(x => x.Rounds).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.EditContent, c.OrganiserUnitId, ct);
        return c;
    }

    /// <summary>Loads a contest without an access check: only for what anyone may see (closed rounds' results).</summary>
    public async Task<Contest> LoadPublicAsync(int id, CancellationToken ct) =>
        await db.Set<Contest>().AsNoTracking().Include(x => x.Rounds).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw AppProblemException.NotFound();

    public async Task<PublicContestItem> GetPublicAsync(int id, CancellationToken ct)
    {
        var c = await catalog.GetAsync(id, ct);
        return c is { IsPublished: true } ? ToPublic(c) : throw AppProblemException.NotFound();
    }

    public static PublicContestItem ToPublic(CachedContest c) =>
        new(c.Id, c.Slug, c.Title, c.Rules, c.EligibleUnitId, c.QuestionsPerAttempt, c.TimeLimitSeconds / 60, c.AttemptsPerRound, c.PredictionQuestion, c.EssayQuestion,
            c.Rounds.Select(r => new RoundItem(r.Id, r.Number, r.Title, r.OpensAt, r.ClosesAt)).ToList());

    private async Task<bool> AnyWithinAsync(int unitId, IReadOnlyList<int> roots, CancellationToken ct)
    {
        var unit = await org.GetLatestAsync(unitId, ct);
        return unit is not null && roots.Any(unit.IsWithin);
    }

    private async Task<Dictionary<int, int>> QuestionCountsAsync(List<int> ids, CancellationToken ct) =>
        await db.Set<ContestQuestion>().Where(q => ids.Contains(q.ContestId) && q.IsActive).GroupBy(q => q.ContestId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private async Task ApplyAsync(Contest c, SaveContestRequest body, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var title = VietnameseText.CleanLine(body.Title);
        if (title.Length is 0 or > 300)
        {
            errors.Add(new FieldError("title", Messages.Get("ContestsTitleRequired")));
        }

        var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(body.Slug) ? title : body.Slug);
        if (slug.Length > 120)
        {
            slug = slug[..120].TrimEnd('-');
        }

        if (slug.Length == 0)
        {
            errors.Add(new FieldError("slug", Messages.Get("ContestsSlugRequired")));
        }
        else if (await db.Set<Contest>().AnyAsync(x => x.Slug == slug && x.Id != c.Id, ct))
        {
            errors.Add(new FieldError("slug", Messages.Get("ContestsSlugTaken", slug)));
        }

        var prediction = VietnameseText.CleanLine(body.PredictionQuestion);
        if (prediction.Length is 0 or > 500)
        {
            errors.Add(new FieldError("predictionQuestion", Messages.Get("ContestsPredictionQuestionRequired")));
        }

        if (body.QuestionsPerAttempt is < 1 or > 200)
        {
            errors.Add(new FieldError("questionsPerAttempt", Messages.Get("ContestsRange", 1, 200)));
        }

        if (body.TimeLimitMinutes is < 1 or > 600)
        {
            errors.Add(new FieldError("timeLimitMinutes", Messages.Get("ContestsRange", 1, 600)));
        }

        if (body.AttemptsPerRound is < 1 or > 20)
        {
            errors.Add(new FieldError("attemptsPerRound", Messages.Get("ContestsRange", 1, 20)));
        }

        if (body.IndividualPrizes is < 0 or > 10000 || body.UnitPrizes is < 0 or > 1000)
        {
            errors.Add(new FieldError(body.IndividualPrizes is < 0 or > 10000 ? "individualPrizes" : "unitPrizes", Messages.Get("ContestsRange", 0, 10000)));
        }

        if (!Enum.IsDefined(body.PredictionTruth))
        {
            errors.Add(new FieldError("predictionTruth", Messages.Get("ContestsPredictionTruthInvalid")));
        }

        var order = (body.RankingOrder is { Count: > 0 } o ? o : DefaultOrder).ToList();
        if (order.Count != order.Distinct().Count() || order.Any(k => !Enum.IsDefined(k)) || order[0] != RankingKey.Score)
        {
            errors.Add(new FieldError("rankingOrder", Messages.Get("ContestsRankingOrderInvalid")));
        }
        else if (order.Contains(RankingKey.Essay) && string.IsNullOrWhiteSpace(body.EssayQuestion))
        {
            errors.Add(new FieldError("rankingOrder", Messages.Get("ContestsRankingEssayWithoutQuestion")));
        }

        var essayMax = body.EssayMaxPoints ?? c.EssayMaxPoints;
        if (!string.IsNullOrWhiteSpace(body.EssayQuestion) && essayMax is < 1 or > 1000)
        {
            errors.Add(new FieldError("essayMaxPoints", Messages.Get("ContestsRange", 1, 1000)));
        }

        var quotas = body.Quotas ?? [];
        if (quotas.Any(q => q.Count < 1 || q.Difficulty is < 0 or > 3) || quotas.Sum(q => q.Count) > body.QuestionsPerAttempt)
        {
            errors.Add(new FieldError("quotas", Messages.Get("ContestsQuotasInvalid")));
        }

        var rounds = body.Rounds ?? [];
        for (var i = 0; i < rounds.Count; i++)
        {
            if (rounds[i].ClosesAt <= rounds[i].OpensAt)
            {
                errors.Add(new FieldError($"rounds[{i}].closesAt", Messages.Get("ContestsRoundDates")));
            }
        }

        await CheckUnitsAsync(body, errors, ct);
        var removed = c.Rounds.Where(r => rounds.All(x => x.Id != r.Id)).ToList();
        if (removed.Count > 0)
        {
            var ids = removed.Select(r => r.Id).ToList();
            if (await db.Set<ContestAttempt>().AnyAsync(a => ids.Contains(a.RoundId), ct))
            {
                errors.Add(new FieldError("rounds", Messages.Get("ContestsRoundHasAttempts")));
            }
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        c.Title = title;
        c.Slug = slug;
        c.Rules = VietnameseText.Nfc(body.Rules);
        c.OrganiserUnitId = body.OrganiserUnitId;
        c.EligibleUnitId = body.EligibleUnitId;
        c.QuestionsPerAttempt = body.QuestionsPerAttempt;
        c.Quotas = Quota.Format(quotas.Select(q => new Quota(VietnameseText.CleanLine(q.Category), q.Difficulty, q.Count)));
        c.TimeLimitSeconds = body.TimeLimitMinutes * 60;
        c.AttemptsPerRound = body.AttemptsPerRound;
        c.EssayQuestion = string.IsNullOrWhiteSpace(body.EssayQuestion) ? null : VietnameseText.Nfc(body.EssayQuestion);
        if (c.EssayQuestion is not null)
        {
            c.EssayMaxPoints = essayMax;
        }
        c.PredictionQuestion = prediction;
        c.PredictionTruth = body.PredictionTruth;
        c.PredictionValue = body.PredictionValue;
        c.RankingOrder = string.Join(',', order);
        c.IndividualPrizes = body.IndividualPrizes;
        c.UnitPrizes = body.UnitPrizes;
        c.IsPublished = body.IsPublished;
        foreach (var r in removed)
        {
            c.Rounds.Remove(r);
        }

        var number = 0;
        foreach (var r in rounds.OrderBy(r => r.OpensAt))
        {
            number++;
            var entity = c.Rounds.FirstOrDefault(x => x.Id == r.Id && r.Id is not null);
            if (entity is null)
            {
                entity = new ContestRound { Title = "" };
                c.Rounds.Add(entity);
            }

            entity.Title = VietnameseText.CleanLine(r.Title) is { Length: > 0 } t ? t : Messages.Get("ContestsRoundDefaultTitle", number);
            entity.OpensAt = r.OpensAt.ToUniversalTime();
            entity.ClosesAt = r.ClosesAt.ToUniversalTime();
        }

        var ordered = c.Rounds.OrderBy(r => r.OpensAt).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Number = i + 1;
        }
    }

    private async Task CheckUnitsAsync(SaveContestRequest body, List<FieldError> errors, CancellationToken ct)
    {
        await access.EnsureAsync(Permission.EditContent, body.OrganiserUnitId, ct);
        if (!await org.IsWithinAsync(body.EligibleUnitId, body.OrganiserUnitId, ct: ct))
        {
            errors.Add(new FieldError("eligibleUnitId", Messages.Get("ContestsEligibleOutside")));
        }
    }

    private static ContestItem ToItem(Contest c, int questionCount) => new(
        c.Id, c.Slug, c.Title, c.Rules, c.OrganiserUnitId, c.EligibleUnitId, c.QuestionsPerAttempt,
        Quota.Parse(c.Quotas).Select(q => new QuotaRequest(q.Category, q.Difficulty, q.Count)).ToList(),
        c.TimeLimitSeconds / 60, c.AttemptsPerRound, c.EssayQuestion, c.PredictionQuestion, c.PredictionTruth, c.PredictionValue,
        ParseOrder(c.RankingOrder), c.IndividualPrizes, c.UnitPrizes, c.IsPublished, questionCount,
        c.Rounds.OrderBy(r => r.Number).Select(r => new RoundItem(r.Id, r.Number, r.Title, r.OpensAt, r.ClosesAt)).ToList(),
        c.EssayMaxPoints);

    public static IReadOnlyList<RankingKey> ParseOrder(string? order) =>
        string.IsNullOrEmpty(order) ? DefaultOrder : order.Split(',').Select(Enum.Parse<RankingKey>).ToList();
}
