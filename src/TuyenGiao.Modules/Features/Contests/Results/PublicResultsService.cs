using Microsoft.Extensions.Caching.Memory;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>
/// What the public results page shows: per closed round (and overall once every round has closed)
/// the individual winners (names masked, never a phone) and the unit prizes (most entrants and
/// highest participation rate) at each level below the eligible unit: upper-level unions (district,
/// sector federations) and grassroots unions, from the same unit tables as the back office, with the
/// hierarchy as of the contest's close. Nothing of a round before it closes.
/// Cached for a minute: the page is read by many and the ranking is computed from every attempt.
/// </summary>
internal sealed class PublicResultsService(ContestCatalog catalog, ContestSetupService setup, RankingService rankings, IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The levels whose units win prizes, highest first, when the eligible subtree starts above them.</summary>
    private static readonly (OrgLevel Level, string Key)[] PrizeLevels =
    [
        (OrgLevel.UpperUnion, "ContestsUiLevelUpper"),
        (OrgLevel.GrassrootsUnion, "ContestsUiLevelGrassroots"),
    ];

    public async Task<PublicContestResults?> GetBySlugAsync(string slug, CancellationToken ct) =>
        await GetAsync(await catalog.GetBySlugAsync(slug, ct), ct);

    public async Task<PublicContestResults?> GetAsync(int contestId, CancellationToken ct) =>
        await GetAsync(await catalog.GetAsync(contestId, ct), ct);

    private async Task<PublicContestResults?> GetAsync(CachedContest? cached, CancellationToken ct)
    {
        if (cached is not { IsPublished: true })
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var closedCount = cached.Rounds.Count(r => now >= r.ClosesAt);
        return await cache.GetOrCreateAsync(("contests:public-results", cached.Id, closedCount), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = Lifetime;
            return await BuildAsync(await setup.LoadPublicAsync(cached.Id, ct), now, ct);
        });
    }

    private async Task<PublicContestResults> BuildAsync(Contest contest, DateTime now, CancellationToken ct)
    {
        var rounds = new List<PublicRoundResults>();
        foreach (var r in contest.Rounds.OrderBy(r => r.Number))
        {
            rounds.Add(now >= r.ClosesAt
                ? await ResultsAsync(contest, r.Id, r.Title, r.ClosesAt, ct)
                : new PublicRoundResults(r.Id, r.Title, r.ClosesAt, false, false, 0, null, [], []));
        }

        var overall = contest.Rounds.Count > 1 && contest.Rounds.All(r => now >= r.ClosesAt)
            ? await ResultsAsync(contest, null, Messages.Get("ContestsOverall"), null, ct)
            : null;
        return new PublicContestResults(contest.Id, contest.Slug, contest.Title, rounds, overall);
    }

    private async Task<PublicRoundResults> ResultsAsync(Contest contest, int? roundId, string title, DateTime? closesAt, CancellationToken ct)
    {
        var ranking = await rankings.RankAsync(contest, roundId, ct);
        var winners = ranking.Take(contest.IndividualPrizes)
            .Select(r => new PublicWinner(r.Rank, ResultsService.MaskName(r.Name), r.UnitName, r.Score, r.PredictionGap, r.DurationMs)).ToList();
        int? truth = null;
        if (roundId is { } rid)
        {
            truth = (await rankings.TruthsAsync(contest, ct)).FirstOrDefault(t => t.RoundId == rid)?.TrueValue;
        }

        return new PublicRoundResults(
            roundId, title, closesAt, true, ranking.Take(contest.IndividualPrizes).Any(r => r.EssayPending), ranking.Count, truth, winners,
            await UnitPrizesAsync(contest, ranking, ct));
    }

    /// <summary>
    /// Per prize level below the eligible unit (grassroots always): the back office's unit table at
    /// that level, sorted both ways. A level where no unit has an entrant is left out.
    /// </summary>
    private async Task<List<PublicUnitPrizes>> UnitPrizesAsync(Contest contest, List<RankingRow> ranking, CancellationToken ct)
    {
        var eligible = await rankings.UnitAsOfAsync(contest, contest.EligibleUnitId, ct);
        var list = new List<PublicUnitPrizes>();
        foreach (var (level, key) in PrizeLevels.Where(l => l.Level == OrgLevel.GrassrootsUnion || eligible is null || eligible.Level < l.Level))
        {
            var stats = await rankings.UnitStatsAsync(contest, ranking, level, ct);
            if (stats.Count == 0)
            {
                continue;
            }

            list.Add(new PublicUnitPrizes(
                level,
                Messages.Get(key),
                Prizes(RankingService.Sort(stats, byRate: false), contest.UnitPrizes),
                Prizes(RankingService.Sort(stats, byRate: true).Where(u => u.Members > 0), contest.UnitPrizes)));
        }

        return list;
    }

    private static List<PublicUnitPrize> Prizes(IEnumerable<UnitStat> stats, int count) =>
        stats.Take(count).Select((u, i) => new PublicUnitPrize(i + 1, u.Name, u.Entrants, u.Members, u.ParticipationRate)).ToList();
}
