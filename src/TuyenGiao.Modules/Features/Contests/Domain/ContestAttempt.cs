namespace TuyenGiao.Modules.Features.Contests.Domain;

/// <summary>
/// One attempt, fixed when it starts: the questions drawn and each one's option order
/// (<see cref="Layout"/>), the server's deadline and the hash of the one-shot token.
/// </summary>
internal sealed class ContestAttempt
{
    public long Id { get; set; }

    public int ContestId { get; set; }

    public int RoundId { get; set; }

    public long ParticipantId { get; set; }

    /// <summary>1, 2, … within the round; unique per participant and round (the attempt limit holds under races).</summary>
    public int Number { get; set; }

    /// <summary>"questionId:optionId,optionId,…;…" in the order shown.</summary>
    public required string Layout { get; set; }

    public required string TokenHash { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime Deadline { get; set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>Correct answers, set on submit.</summary>
    public int? Score { get; set; }

    public int? Prediction { get; set; }

    public string? Essay { get; set; }

    public int? EssayScore { get; set; }

    public string? EssayComment { get; set; }

    /// <summary>The organiser who graded the essay (user id) and when; also in the audit log.</summary>
    public string? EssayGradedBy { get; set; }

    public string? EssayGradedByName { get; set; }

    public DateTime? EssayGradedAt { get; set; }

    /// <summary>Milliseconds from start to submit.</summary>
    public long? DurationMs { get; set; }

    /// <summary>Implausible timing and the like, comma-separated (e.g. "too-fast").</summary>
    public string? Flags { get; set; }

    public string? StartIp { get; set; }
}

/// <summary>An answer saved as chosen; <see cref="IsCorrect"/> is computed on the server and never sent before the round closes.</summary>
internal sealed class ContestAnswer
{
    public long AttemptId { get; set; }

    public int QuestionId { get; set; }

    /// <summary>Chosen option ids, comma-separated, ascending.</summary>
    public required string OptionIds { get; set; }

    public bool IsCorrect { get; set; }

    public DateTime SavedAt { get; set; }
}

/// <summary>The audit trail of attempts: started, submitted, refused late, erased …</summary>
internal sealed class ContestAttemptEvent
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    public required string Kind { get; set; }

    public DateTime At { get; set; }

    public string? Ip { get; set; }

    public string? Detail { get; set; }
}
