namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>
/// One line of a ranking. Per round: the participant's best attempt. Overall (no round): the sum
/// of the per-round bests (score, prediction gaps, durations), the latest of those submissions.
/// </summary>
public sealed record RankingRow(
    int Rank,
    long ParticipantId,
    string Name,
    string Phone,
    int? UnitId,
    string? UnitName,
    int Score,
    int? Prediction,
    long? PredictionGap,
    long DurationMs,
    DateTime SubmittedAt,
    long? AttemptId,
    string? Flags)
{
    /// <summary>The hand-graded essay points counted (null when the contest has no essay question; ungraded essays count 0).</summary>
    public int? EssayScore { get; init; }

    /// <summary>True while an essay this row counts is not graded yet: the ranking is provisional.</summary>
    public bool EssayPending { get; init; }
}

public sealed record UnitStat(int UnitId, string Name, int Level, int Entrants, int Members, double ParticipationRate, double AverageScore);

public sealed record QuestionStat(int QuestionId, string Text, string? Category, int Shown, int Answered, int Correct, double CorrectShare);

public sealed record RoundTruth(int RoundId, int? TrueValue);
