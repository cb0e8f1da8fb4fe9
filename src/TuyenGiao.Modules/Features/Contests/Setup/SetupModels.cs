using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.Modules.Features.Contests.Setup;

public sealed record RoundRequest(int? Id, string? Title, DateTime OpensAt, DateTime ClosesAt);

public sealed record QuotaRequest(string? Category, int Difficulty, int Count);

/// <summary>A contest's whole setup; rounds are replaced by the list (a round with attempts cannot go).</summary>
public sealed record SaveContestRequest(
    string? Title,
    string? Slug,
    string? Rules,
    int OrganiserUnitId,
    int EligibleUnitId,
    int QuestionsPerAttempt,
    IReadOnlyList<QuotaRequest>? Quotas,
    int TimeLimitMinutes,
    int AttemptsPerRound,
    string? EssayQuestion,
    string? PredictionQuestion,
    PredictionTruth PredictionTruth,
    int? PredictionValue,
    IReadOnlyList<RankingKey>? RankingOrder,
    int IndividualPrizes,
    int UnitPrizes,
    bool IsPublished,
    IReadOnlyList<RoundRequest>? Rounds,
    int? EssayMaxPoints = null);

public sealed record RoundItem(int Id, int Number, string Title, DateTime OpensAt, DateTime ClosesAt);

public sealed record ContestItem(
    int Id,
    string Slug,
    string Title,
    string? Rules,
    int OrganiserUnitId,
    int EligibleUnitId,
    int QuestionsPerAttempt,
    IReadOnlyList<QuotaRequest> Quotas,
    int TimeLimitMinutes,
    int AttemptsPerRound,
    string? EssayQuestion,
    string PredictionQuestion,
    PredictionTruth PredictionTruth,
    int? PredictionValue,
    IReadOnlyList<RankingKey> RankingOrder,
    int IndividualPrizes,
    int UnitPrizes,
    bool IsPublished,
    int QuestionCount,
    IReadOnlyList<RoundItem> Rounds,
    int EssayMaxPoints);

/// <summary>What anyone may read about a published contest (no answers, no counts that leak).</summary>
public sealed record PublicContestItem(int Id, string Slug, string Title, string? Rules, int EligibleUnitId, int QuestionsPerAttempt, int TimeLimitMinutes, int AttemptsPerRound, string PredictionQuestion, string? EssayQuestion, IReadOnlyList<RoundItem> Rounds);
