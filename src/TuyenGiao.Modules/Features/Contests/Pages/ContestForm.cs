using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Components;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Contests.Pages;

/// <summary>The back-office setup form's state. Round times are edited in Vietnam time and sent as UTC.</summary>
public sealed class ContestForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Rules { get; set; }

    public UnitChoice? Organiser { get; set; }

    public UnitChoice? Eligible { get; set; }

    public int QuestionsPerAttempt { get; set; } = 20;

    public int TimeLimitMinutes { get; set; } = 20;

    public int AttemptsPerRound { get; set; } = 2;

    public List<QuotaRow> Quotas { get; set; } = [];

    public bool HasEssay { get; set; }

    public string? EssayQuestion { get; set; }

    public int EssayMaxPoints { get; set; } = 10;

    public string? PredictionQuestion { get; set; } = Messages.Get("ContestsUiDefaultPrediction");

    public PredictionTruth PredictionTruth { get; set; } = PredictionTruth.AllCorrectEntrants;

    public int? PredictionValue { get; set; }

    /// <summary>The criteria after the score, in order.</summary>
    public List<RankingKey> TieBreaks { get; set; } = [RankingKey.Prediction, RankingKey.Duration, RankingKey.SubmittedAt];

    public int IndividualPrizes { get; set; } = 10;

    public int UnitPrizes { get; set; } = 3;

    public bool IsPublished { get; set; }

    public List<RoundRow> Rounds { get; set; } = [];

    public static ContestForm New(DateTime nowUtc)
    {
        var opens = VietnamTime.ToLocal(nowUtc).Date.AddDays(7).AddHours(8);
        return new ContestForm { Rounds = [new RoundRow { Title = Messages.Get("ContestsRoundDefaultTitle", 1), OpensDate = opens.Date, OpensTime = opens.TimeOfDay, ClosesDate = opens.Date.AddDays(7), ClosesTime = TimeSpan.FromHours(17) }] };
    }

    public static ContestForm From(ContestItem c, UnitChoice? organiser, UnitChoice? eligible) => new()
    {
        Id = c.Id,
        Title = c.Title,
        Slug = c.Slug,
        Rules = c.Rules,
        Organiser = organiser,
        Eligible = eligible,
        QuestionsPerAttempt = c.QuestionsPerAttempt,
        TimeLimitMinutes = c.TimeLimitMinutes,
        AttemptsPerRound = c.AttemptsPerRound,
        Quotas = c.Quotas.Select(q => new QuotaRow { Category = q.Category, Difficulty = q.Difficulty, Count = q.Count }).ToList(),
        HasEssay = c.EssayQuestion is not null,
        EssayQuestion = c.EssayQuestion,
        EssayMaxPoints = c.EssayMaxPoints,
        PredictionQuestion = c.PredictionQuestion,
        PredictionTruth = c.PredictionTruth,
        PredictionValue = c.PredictionValue,
        TieBreaks = c.RankingOrder.Where(k => k != RankingKey.Score).ToList(),
        IndividualPrizes = c.IndividualPrizes,
        UnitPrizes = c.UnitPrizes,
        IsPublished = c.IsPublished,
        Rounds = c.Rounds.Select(RoundRow.From).ToList(),
    };

    public SaveContestRequest ToRequest() => new(
        Title,
        Slug,
        Rules,
        Organiser?.Id ?? 0,
        Eligible?.Id ?? Organiser?.Id ?? 0,
        QuestionsPerAttempt,
        Quotas.Select(q => new QuotaRequest(q.Category, q.Difficulty, q.Count)).ToList(),
        TimeLimitMinutes,
        AttemptsPerRound,
        HasEssay ? EssayQuestion : null,
        PredictionQuestion,
        PredictionTruth,
        PredictionTruth == PredictionTruth.Manual ? PredictionValue : null,
        [RankingKey.Score, .. TieBreaks.Where(k => HasEssay || k != RankingKey.Essay)],
        IndividualPrizes,
        UnitPrizes,
        IsPublished,
        Rounds.Select(r => r.ToRequest()).ToList(),
        HasEssay ? EssayMaxPoints : null);

    /// <summary>Moves a tie-break one place earlier.</summary>
    public void MoveUp(int index)
    {
        if (index > 0 && index < TieBreaks.Count)
        {
            (TieBreaks[index - 1], TieBreaks[index]) = (TieBreaks[index], TieBreaks[index - 1]);
        }
    }
}

public sealed class QuotaRow
{
    public string? Category { get; set; }

    public int Difficulty { get; set; }

    public int Count { get; set; } = 5;
}

/// <summary>A round edited in Vietnam time (date + time of day).</summary>
public sealed class RoundRow
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public DateTime? OpensDate { get; set; }

    public TimeSpan? OpensTime { get; set; } = TimeSpan.FromHours(8);

    public DateTime? ClosesDate { get; set; }

    public TimeSpan? ClosesTime { get; set; } = TimeSpan.FromHours(17);

    public static RoundRow From(RoundItem r)
    {
        var opens = VietnamTime.ToLocal(r.OpensAt);
        var closes = VietnamTime.ToLocal(r.ClosesAt);
        return new RoundRow { Id = r.Id, Title = r.Title, OpensDate = opens.Date, OpensTime = opens.TimeOfDay, ClosesDate = closes.Date, ClosesTime = closes.TimeOfDay };
    }

    public RoundRequest ToRequest() => new(Id, Title, ToUtc(OpensDate, OpensTime), ToUtc(ClosesDate, ClosesTime));

    /// <summary>A Vietnam wall-clock time as UTC (no daylight saving in Vietnam: a fixed offset).</summary>
    public static DateTime ToUtc(DateTime? date, TimeSpan? time) =>
        date is { } d
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d.Date + (time ?? TimeSpan.Zero), DateTimeKind.Unspecified), VietnamTime.Zone)
            : DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
}
