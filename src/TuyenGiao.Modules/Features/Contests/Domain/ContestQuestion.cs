namespace TuyenGiao.Modules.Features.Contests.Domain;

/// <summary>A question of a contest's bank with 2–6 options; multiple choice when more than one option is correct.</summary>
internal sealed class ContestQuestion
{
    public int Id { get; set; }

    public int ContestId { get; set; }

    public required string Text { get; set; }

    /// <summary>The text folded (no tones, no đ, lower case): duplicates are found by it.</summary>
    public required string FoldedText { get; set; }

    public bool MultipleChoice { get; set; }

    public string? Category { get; set; }

    /// <summary>1 easy, 2 medium, 3 hard.</summary>
    public int Difficulty { get; set; } = 1;

    public string? Explanation { get; set; }

    public bool IsActive { get; set; } = true;

    public List<ContestOption> Options { get; set; } = [];
}

internal sealed class ContestOption
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }

    public bool IsCorrect { get; set; }
}
