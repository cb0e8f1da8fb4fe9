using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>
/// Rankings with the contest's tie-break order (score first; then, as configured, closeness of
/// the prediction, shorter time, earlier submission; the attempt id last so the order is total),
/// unit statistics and question statistics. Computed from the submitted attempts.
/// Units (names, ancestors, members) are read from the hierarchy as of <see cref="HierarchyDate"/>:
/// a contest that has closed keeps its result when units are later merged or moved.
/// </summary>
internal sealed class RankingService(AppDbContext db, IOrgHierarchy org, TimeProvider time)
{
    private sealed record Entry(long AttemptId, long ParticipantId, int RoundId, int Correct, int? EssayScore, bool HasEssay, int? Prediction, long DurationMs, DateTime SubmittedAt, string? Flags);

    /// <summary><see cref="Score"/> includes the essay unless the order ranks the essay as a tie-break (<see cref="RankingKey.Essay"/>).</summary>
    private sealed record Scored(long ParticipantId, int Score, int Essay, bool EssayPending, int? Prediction, long? Gap, long DurationMs, DateTime SubmittedAt, long? AttemptId, string? Flags);

    /// <summary>
    /// The day whose hierarchy the results use: once every round has closed, the Vietnam day of the
    /// contest's last open moment (just before the last round's end, so a close at midnight belongs
    /// to the day it ends); while a round is still to close, today.
    /// </summary>
    public DateOnly HierarchyDate(Contest contest)
    {
        var today = VietnamTime.Today(time);
        if (contest.Rounds.Count == 0)
        {
            return today;
        }

        var closes = contest.Rounds.Max(r => r.ClosesAt);
        if (time.GetUtcNow().UtcDateTime < closes)
        {
            return today;
        }

        return DateOnly.FromDateTime(VietnamTime.ToLocal(closes.AddTicks(-1)));
    }

    /// <summary>The unit as of <paramref name="asOf"/>; a unit that did not exist then (a participant's unit created later) as it last stood.</summary>
    private async Task<OrgUnitSnapshot?> UnitAsync(int unitId, DateOnly asOf, CancellationToken ct) =>
        await org.GetAsync(unitId, asOf, ct) ?? await org.GetLatestAsync(unitId, ct);

    /// <summary>The ranking of a round, or overall when <paramref name="roundId"/> is null.</summary>
    public async Task<List<RankingRow>> RankAsync(Contest contest, int? roundId, CancellationToken ct)
    {
        if (roundId is { } rid && contest.Rounds.All(r => r.Id != rid))
        {
            throw AppProblemException.NotFound();
        }

        var bests = await BestsAsync(contest, roundId, ct);
        var order = ContestSetupService.ParseOrder(contest.RankingOrder);
        List<Scored> scored;
        if (roundId is not null)
        {
            scored = bests.Select(b => b.Value).ToList();
        }
        else
        {
            scored = bests.GroupBy(b => b.Key.ParticipantId).Select(g => new Scored(
                g.Key,
                g.Sum(x => x.Value.Score),
                g.Sum(x => x.Value.Essay),
                g.Any(x => x.Value.EssayPending),
                null,
                g.All(x => x.Value.Gap is null) ? null : g.Sum(x => x.Value.Gap ?? int.MaxValue),
                g.Sum(x => x.Value.DurationMs),
                g.Max(x => x.Value.SubmittedAt),
                null,
                string.Join(',', g.Select(x => x.Value.Flags).Where(f => f is not null).Distinct()) is { Length: > 0 } f ? f : null)).ToList();
        }

        scored.Sort((a, b) => Compare(a, b, order));
        var ids = scored.Select(s => s.ParticipantId).ToList();
        var people = await db.Set<ContestParticipant>().AsNoTracking().Where(p => p.ContestId == contest.Id)
            .Select(p => new { p.Id, p.Name, p.Phone, p.UnitId }).ToDictionaryAsync(p => p.Id, ct);
        var names = new Dictionary<int, string?>();
        var asOf = HierarchyDate(contest);
        var rows = new List<RankingRow>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var p = people[s.ParticipantId];
            string? unitName = null;
            if (p.UnitId is { } u)
            {
                if (!names.TryGetValue(u, out unitName))
                {
                    unitName = (await UnitAsync(u, asOf, ct))?.Name;
                    names[u] = unitName;
                }
            }

            rows.Add(new RankingRow(i + 1, s.ParticipantId, p.Name, p.Phone, p.UnitId, unitName, s.Score, s.Prediction, s.Gap, s.DurationMs, s.SubmittedAt, s.AttemptId, s.Flags)
            {
                EssayScore = contest.EssayQuestion is null ? null : s.Essay,
                EssayPending = s.EssayPending,
            });
        }

        return rows;
    }

    /// <summary>Per round, the true value of the prediction question (null while unknown).</summary>
    public async Task<List<RoundTruth>> TruthsAsync(Contest contest, CancellationToken ct)
    {
        var list = new List<RoundTruth>();
        foreach (var r in contest.Rounds.OrderBy(r => r.Number))
        {
            list.Add(new RoundTruth(r.Id, await TruthAsync(contest, r.Id, ct)));
        }

        return list;
    }

    private async Task<int?> TruthAsync(Contest contest, int roundId, CancellationToken ct) =>
        contest.PredictionTruth == PredictionTruth.Manual
            ? contest.PredictionValue
            : await db.Set<ContestAttempt>().Where(a => a.RoundId == roundId && a.SubmittedAt != null && a.Score == contest.QuestionsPerAttempt)
                .Select(a => a.ParticipantId).Distinct().CountAsync(ct);

    /// <summary>Each participant's best attempt in each round in scope.</summary>
    private async Task<Dictionary<(long ParticipantId, int RoundId), Scored>> BestsAsync(Contest contest, int? roundId, CancellationToken ct)
    {
        var query = db.Set<ContestAttempt>().AsNoTracking().Where(a => a.ContestId == contest.Id && a.SubmittedAt != null);
        if (roundId is not null)
        {
            query = query.Where(a => a.RoundId == roundId);
        }

        var entries = await query.Select(a => new Entry(a.Id, a.ParticipantId, a.RoundId, a.Score ?? 0, a.EssayScore, a.Essay != null && a.Essay != "", a.Prediction, a.DurationMs ?? 0, a.SubmittedAt!.Value, a.Flags)).ToListAsync(ct);
        var truths = new Dictionary<int, int?>();
        foreach (var r in entries.Select(e => e.RoundId).Distinct())
        {
            truths[r] = await TruthAsync(contest, r, ct);
        }

        var order = ContestSetupService.ParseOrder(contest.RankingOrder);
        var essayApart = order.Contains(RankingKey.Essay);
        var withEssay = contest.EssayQuestion is not null;
        var bests = new Dictionary<(long, int), Scored>();
        foreach (var e in entries)
        {
            var truth = truths[e.RoundId];
            var essay = withEssay ? e.EssayScore ?? 0 : 0;
            var pending = withEssay && e.HasEssay && e.EssayScore is null;
            var s = new Scored(e.ParticipantId, essayApart ? e.Correct : e.Correct + essay, essay, pending, e.Prediction, e.Prediction is { } p && truth is { } t ? Math.Abs((long)p - t) : null, e.DurationMs, e.SubmittedAt, e.AttemptId, e.Flags);
            if (!bests.TryGetValue((e.ParticipantId, e.RoundId), out var best) || Compare(s, best, order) < 0)
            {
                bests[(e.ParticipantId, e.RoundId)] = s;
            }
        }

        return bests;
    }

    private static int Compare(Scored a, Scored b, IReadOnlyList<RankingKey> order)
    {
        foreach (var key in order)
        {
            var c = key switch
            {
                RankingKey.Score => b.Score.CompareTo(a.Score),
                RankingKey.Essay => b.Essay.CompareTo(a.Essay),
                RankingKey.Prediction => (a.Gap ?? long.MaxValue).CompareTo(b.Gap ?? long.MaxValue),
                RankingKey.Duration => a.DurationMs.CompareTo(b.DurationMs),
                RankingKey.SubmittedAt => a.SubmittedAt.CompareTo(b.SubmittedAt),
                _ => 0,
            };
            if (c != 0)
            {
                return c;
            }
        }

        return (a.AttemptId ?? a.ParticipantId).CompareTo(b.AttemptId ?? b.ParticipantId);
    }

    /// <summary>
    /// Entrants (participants with a submitted attempt), members, participation rate and average
    /// best score per unit: the participant's own unit, or its ancestor at <paramref name="level"/>.
    /// Sorted by entrants (most first); <paramref name="byRate"/> sorts by participation rate.
    /// </summary>
    public async Task<List<UnitStat>> UnitsAsync(Contest contest, int? roundId, OrgLevel? level, bool byRate, CancellationToken ct) =>
        Sort(await UnitStatsAsync(contest, await RankAsync(contest, roundId, ct), level, ct), byRate);

    /// <summary>
    /// The unit table of a ranking (unsorted), with the hierarchy as of <see cref="HierarchyDate"/>.
    /// Above the participant's own unit, members are summed over the unit's subtree on that day.
    /// </summary>
    public async Task<List<UnitStat>> UnitStatsAsync(Contest contest, IReadOnlyList<RankingRow> ranking, OrgLevel? level, CancellationToken ct)
    {
        var asOf = HierarchyDate(contest);
        var snapshots = new Dictionary<int, OrgUnitSnapshot?>();
        async Task<OrgUnitSnapshot?> Snap(int id)
        {
            if (!snapshots.TryGetValue(id, out var s))
            {
                s = await UnitAsync(id, asOf, ct);
                snapshots[id] = s;
            }

            return s;
        }

        var groups = new Dictionary<int, List<int>>();
        foreach (var row in ranking.Where(r => r.UnitId is not null))
        {
            var unit = await Snap(row.UnitId!.Value);
            if (unit is null)
            {
                continue;
            }

            var target = unit;
            if (level is not null)
            {
                target = null;
                foreach (var id in OrgPath.Ids(unit.Path))
                {
                    if (await Snap(id) is { } a && a.Level == level)
                    {
                        target = a;
                        break;
                    }
                }
            }

            if (target is not null)
            {
                (groups.TryGetValue(target.Id, out var list) ? list : groups[target.Id] = []).Add(row.Score);
            }
        }

        var stats = new List<UnitStat>();
        foreach (var (id, scores) in groups)
        {
            var s = (await Snap(id))!;
            var members = level is null ? s.MemberCount : SubtreeMembers(await org.GetSubtreeAsync(id, asOf, ct));
            stats.Add(new UnitStat(id, s.Name, (int)s.Level, scores.Count, members, members > 0 ? Math.Round((double)scores.Count / members, 4) : 0, Math.Round(scores.Average(), 2)));
        }

        return stats;
    }

    /// <summary>Most entrants first (then rate), or with <paramref name="byRate"/> highest participation rate first (then entrants); the unit id last so the order is total.</summary>
    public static List<UnitStat> Sort(IEnumerable<UnitStat> stats, bool byRate) =>
        byRate
            ? stats.OrderByDescending(s => s.ParticipationRate).ThenByDescending(s => s.Entrants).ThenBy(s => s.UnitId).ToList()
            : stats.OrderByDescending(s => s.Entrants).ThenByDescending(s => s.ParticipationRate).ThenBy(s => s.UnitId).ToList();

    /// <summary>The unit as of the contest's <see cref="HierarchyDate"/> (its level decides which unit prizes the public page shows).</summary>
    public Task<OrgUnitSnapshot?> UnitAsOfAsync(Contest contest, int unitId, CancellationToken ct) => UnitAsync(unitId, HierarchyDate(contest), ct);

    /// <summary>
    /// Members of a whole subtree (ordered parents first): the sum of member counts, where a unit
    /// under a counted grassroots union (its union groups) is not added again, since the union's
    /// count already includes them. An upper-level union's or federation's own count (its direct
    /// members) adds to its units' counts and does not hide them.
    /// </summary>
    internal static int SubtreeMembers(IReadOnlyList<OrgUnitSnapshot> subtree)
    {
        var covering = new HashSet<int>();
        var total = 0;
        foreach (var u in subtree)
        {
            if (u.MemberCount > 0 && !OrgPath.Ids(u.Path).Any(covering.Contains))
            {
                total += u.MemberCount;
                if (u.Level >= OrgLevel.GrassrootsUnion)
                {
                    covering.Add(u.Id);
                }
            }
        }

        return total;
    }

    /// <summary>Per question: how often drawn in submitted attempts, answered, and answered correctly (a low share flags a bad question).</summary>
    public async Task<List<QuestionStat>> QuestionsAsync(Contest contest, int? roundId, CancellationToken ct)
    {
        var attempts = db.Set<ContestAttempt>().AsNoTracking().Where(a => a.ContestId == contest.Id && a.SubmittedAt != null && (roundId == null || a.RoundId == roundId));
        var layouts = await attempts.Select(a => a.Layout).ToListAsync(ct);
        var shown = new Dictionary<int, int>();
        foreach (var l in layouts)
        {
            foreach (var q in Participation.AttemptState.Parse(l))
            {
                shown[q.Key] = shown.GetValueOrDefault(q.Key) + 1;
            }
        }

        var answers = await db.Set<ContestAnswer>().AsNoTracking().Where(a => attempts.Select(x => x.Id).Contains(a.AttemptId) && a.OptionIds != "")
            .GroupBy(a => a.QuestionId).Select(g => new { g.Key, Answered = g.Count(), Correct = g.Count(a => a.IsCorrect) }).ToDictionaryAsync(x => x.Key, ct);
        var questions = await db.Set<ContestQuestion>().AsNoTracking().Where(q => q.ContestId == contest.Id).Select(q => new { q.Id, q.Text, q.Category }).ToListAsync(ct);
        return questions.Select(q =>
        {
            var n = shown.GetValueOrDefault(q.Id);
            var a = answers.GetValueOrDefault(q.Id);
            return new QuestionStat(q.Id, q.Text, q.Category, n, a?.Answered ?? 0, a?.Correct ?? 0, n > 0 ? Math.Round((double)(a?.Correct ?? 0) / n, 4) : 0);
        }).OrderBy(s => s.Shown == 0 ? 2 : 1).ThenBy(s => s.CorrectShare).ToList();
    }
}
