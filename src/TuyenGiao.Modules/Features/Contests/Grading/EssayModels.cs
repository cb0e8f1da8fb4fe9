namespace TuyenGiao.Modules.Features.Contests.Grading;

/// <summary>One submitted essay in the grading queue, with its grade once given.</summary>
public sealed record EssayItem(
    long AttemptId,
    int RoundId,
    string RoundTitle,
    long ParticipantId,
    string ParticipantName,
    string? UnitName,
    string Essay,
    DateTime SubmittedAt,
    int MaxPoints,
    int? Score,
    string? Comment,
    string? GradedBy,
    DateTime? GradedAt);

/// <summary>The organiser's grade: 0 to the contest's essay maximum, and an optional comment.</summary>
public sealed record GradeEssayRequest(int? Score, string? Comment);
