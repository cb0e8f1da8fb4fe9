namespace TuyenGiao.Modules.Features.Contests.Questions;

public sealed record OptionRequest(string? Text, bool IsCorrect);

public sealed record SaveQuestionRequest(string? Text, string? Category, int Difficulty, string? Explanation, bool IsActive, IReadOnlyList<OptionRequest>? Options);

public sealed record OptionItem(int Id, string Text, bool IsCorrect);

/// <summary>A bank question for the organisers (with the correct options).</summary>
public sealed record QuestionItem(int Id, string Text, bool MultipleChoice, string? Category, int Difficulty, string? Explanation, bool IsActive, IReadOnlyList<OptionItem> Options);

public sealed record QuestionImportResult(int Imported);
