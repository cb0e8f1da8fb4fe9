namespace TuyenGiao.Modules.Features.Contests.Domain;

/// <summary>
/// A contest run by an organiser unit for the members of an eligible subtree: rounds, the
/// attempt rules (questions drawn by quota, time limit, attempts per round), the prediction
/// question, the tie-break order and the prize counts.
/// </summary>
internal sealed class Contest
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Rules { get; set; }

    public int OrganiserUnitId { get; set; }

    /// <summary>The root of the subtree whose members may take part.</summary>
    public int EligibleUnitId { get; set; }

    public int QuestionsPerAttempt { get; set; } = 20;

    /// <summary>Quotas "category|difficulty|count;…" (empty category or 0 difficulty: any); empty: draw from the whole bank.</summary>
    public string? Quotas { get; set; }

    public int TimeLimitSeconds { get; set; } = 1200;

    public int AttemptsPerRound { get; set; } = 2;

    public string? EssayQuestion { get; set; }

    /// <summary>The most points an organiser may give an essay (used only with <see cref="EssayQuestion"/>).</summary>
    public int EssayMaxPoints { get; set; } = 10;

    public required string PredictionQuestion { get; set; }

    public PredictionTruth PredictionTruth { get; set; }

    /// <summary>The organiser's value when <see cref="PredictionTruth"/> is <see cref="PredictionTruth.Manual"/>.</summary>
    public int? PredictionValue { get; set; }

    /// <summary>Tie-break order, comma-separated <see cref="RankingKey"/> names; score always first.</summary>
    public required string RankingOrder { get; set; }

    public int IndividualPrizes { get; set; } = 10;

    public int UnitPrizes { get; set; } = 3;

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ContestRound> Rounds { get; set; } = [];
}

/// <summary>How the prediction question's true value is counted.</summary>
public enum PredictionTruth
{
    /// <summary>The number of entrants whose best attempt of the round answers every question correctly.</summary>
    AllCorrectEntrants = 1,

    /// <summary>A number the organiser enters after the round.</summary>
    Manual = 2,
}

/// <summary>The ranking criteria after the score.</summary>
public enum RankingKey
{
    Score = 1,
    Prediction = 2,
    Duration = 3,
    SubmittedAt = 4,

    /// <summary>
    /// The hand-graded essay score as a tie-break at this position (higher first). When the order
    /// leaves it out, the essay score is added to the score instead.
    /// </summary>
    Essay = 5,
}
