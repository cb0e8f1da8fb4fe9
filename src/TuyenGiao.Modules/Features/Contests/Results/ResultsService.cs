using MiniExcelLibs;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>
/// Results for organisers (any time, full detail) and for the public (closed rounds only,
/// phone numbers masked), and the Excel exports of winners and unit tables.
/// </summary>
internal sealed class ResultsService(ContestSetupService setup, RankingService rankings, IAccessScope access, Participation.ContestCatalog catalog, TimeProvider time)
{
    public async Task<PagedResult<RankingRow>> RankingsAsync(int contestId, int? roundId, PageQuery page, CancellationToken ct)
    {
        var (contest, organiser) = await ContestForResultsAsync(contestId, roundId, ct);
        var rows = await rankings.RankAsync(contest, roundId, ct);
        var items = rows.Skip(page.Skip).Take(page.PageSize).Select(r => organiser ? r : Mask(r)).ToList();
        return new PagedResult<RankingRow>(items, rows.Count);
    }

    public async Task<List<UnitStat>> UnitsAsync(int contestId, int? roundId, OrgLevel? level, bool byRate, CancellationToken ct)
    {
        var (contest, _) = await ContestForResultsAsync(contestId, roundId, ct);
        return await rankings.UnitsAsync(contest, roundId, level, byRate, ct);
    }

    public async Task<List<QuestionStat>> QuestionsAsync(int contestId, int? roundId, CancellationToken ct)
    {
        var contest = await setup.LoadAsync(contestId, ct);
        return await rankings.QuestionsAsync(contest, roundId, ct);
    }

    public async Task<byte[]> WinnersWorkbookAsync(int contestId, CancellationToken ct)
    {
        var contest = await setup.LoadAsync(contestId, ct);
        var sheets = new Dictionary<string, object>();
        foreach (var round in contest.Rounds.OrderBy(r => r.Number).Select(r => (int?)r.Id).Append(null))
        {
            var rows = (await rankings.RankAsync(contest, round, ct)).Take(contest.IndividualPrizes).Select(r => new Dictionary<string, object?>
            {
                [Messages.Get("ContestsColRank")] = r.Rank,
                [Messages.Get("ContestsColName")] = r.Name,
                [Messages.Get("ContestsColPhone")] = r.Phone,
                [Messages.Get("ContestsColUnit")] = r.UnitName,
                [Messages.Get("ContestsColScore")] = r.Score,
                [Messages.Get("ContestsColPrediction")] = r.Prediction,
                [Messages.Get("ContestsColGap")] = r.PredictionGap,
                [Messages.Get("ContestsColDuration")] = Math.Round(r.DurationMs / 1000.0, 1),
                [Messages.Get("ContestsColSubmittedAt")] = VietnamTime.Format(r.SubmittedAt),
                [Messages.Get("ContestsColFlags")] = r.Flags,
            }).ToList();
            var name = round is null ? Messages.Get("ContestsOverall") : contest.Rounds.First(r => r.Id == round).Title;
            sheets[SheetName(name, sheets.Count)] = rows.Count > 0 ? rows : [new Dictionary<string, object?> { [Messages.Get("ContestsColRank")] = null }];
        }

        return Save(sheets);
    }

    public async Task<byte[]> UnitsWorkbookAsync(int contestId, OrgLevel? level, CancellationToken ct)
    {
        var contest = await setup.LoadAsync(contestId, ct);
        var sheets = new Dictionary<string, object>();
        foreach (var byRate in new[] { false, true })
        {
            var rows = (await rankings.UnitsAsync(contest, null, level, byRate, ct)).Select((u, i) => new Dictionary<string, object?>
            {
                [Messages.Get("ContestsColRank")] = i + 1,
                [Messages.Get("ContestsColUnit")] = u.Name,
                [Messages.Get("ContestsColEntrants")] = u.Entrants,
                [Messages.Get("ContestsColMembers")] = u.Members,
                [Messages.Get("ContestsColRate")] = u.ParticipationRate,
                [Messages.Get("ContestsColAverage")] = u.AverageScore,
            }).ToList();
            sheets[Messages.Get(byRate ? "ContestsSheetByRate" : "ContestsSheetByEntrants")] = rows.Count > 0 ? rows : [new Dictionary<string, object?> { [Messages.Get("ContestsColRank")] = null }];
        }

        return Save(sheets);
    }

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string SheetName(string name, int index)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        return (clean.Length > 28 ? clean[..28] : clean) + (index > 0 && clean.Length == 0 ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>Organisers (EditContent over the organiser unit) see everything; others only closed rounds of a published contest.</summary>
    private async Task<(Contest Contest, bool Organiser)> ContestForResultsAsync(int contestId, int? roundId, CancellationToken ct)
    {
        var cached = await catalog.GetAsync(contestId, ct) ?? throw AppProblemException.NotFound();
        if (access.UserId is not null && await access.CanAsync(Permission.EditContent, cached.OrganiserUnitId, ct))
        {
            return (await setup.LoadAsync(contestId, ct), true);
        }

        if (!cached.IsPublished)
        {
            throw AppProblemException.NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var closed = roundId is { } r ? cached.Round(r) is { } round && now >= round.ClosesAt : cached.Rounds.Count > 0 && cached.Rounds.All(x => now >= x.ClosesAt);
        if (!closed)
        {
            throw new AppProblemException(409, Messages.Get("ContestsResultsNotYet"), Messages.Get("ContestsResultsNotYetDetail"));
        }

        return (await setup.LoadPublicAsync(contestId, ct), false);
    }

    public static string MaskPhone(string phone) => phone.Length >= 7 ? phone[..3] + new string('*', phone.Length - 6) + phone[^3..] : "***";

    /// <summary>"Nguyễn Văn An" → "Nguyễn V. A.": the family name, then initials; what a public list may show.</summary>
    public static string MaskName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => "",
            1 => words[0][..1] + ".",
            _ => words[0] + " " + string.Join(' ', words.Skip(1).Select(w => w[..1] + ".")),
        };
    }

    private static RankingRow Mask(RankingRow r) => r with { Name = MaskName(r.Name), Phone = MaskPhone(r.Phone), Flags = null };
}
