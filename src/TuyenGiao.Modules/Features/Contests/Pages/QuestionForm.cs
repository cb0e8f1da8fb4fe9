using TuyenGiao.Modules.Features.Contests.Questions;

namespace TuyenGiao.Modules.Features.Contests.Pages;

/// <summary>The back-office question form's state.</summary>
public sealed class QuestionForm
{
    public int? Id { get; set; }

    public string? Text { get; set; }

    public string? Category { get; set; }

    public int Difficulty { get; set; } = 1;

    public string? Explanation { get; set; }

    public bool IsActive { get; set; } = true;

    public List<OptionRow> Options { get; set; } = [new(), new(), new(), new()];

    public static QuestionForm From(QuestionItem q) => new()
    {
        Id = q.Id,
        Text = q.Text,
        Category = q.Category,
        Difficulty = q.Difficulty,
        Explanation = q.Explanation,
        IsActive = q.IsActive,
        Options = q.Options.Select(o => new OptionRow { Text = o.Text, IsCorrect = o.IsCorrect }).ToList(),
    };

    public SaveQuestionRequest ToRequest() => new(Text, Category, Difficulty, Explanation, IsActive, Options.Select(o => new OptionRequest(o.Text, o.IsCorrect)).ToList());
}

public sealed class OptionRow
{
    public string? Text { get; set; }

    public bool IsCorrect { get; set; }
}
