using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>A failure as the screen shows it: a title, an optional sentence and the per-field messages.</summary>
public sealed record ProblemInfo(string Title, string? Detail, IReadOnlyList<string> Lines)
{
    public static ProblemInfo From(AppProblemException problem)
    {
        var lines = problem.Errors.Select(e => e.Row is { } row ? Messages.Get("UiRowError", row, e.Message) : e.Message).Distinct().ToList();
        // The detail of a validation problem repeats the field messages; show it only when it says something else.
        var detail = problem.Detail is { Length: > 0 } d && !lines.Contains(d) && d != string.Join(" ", problem.Errors.Select(e => e.Message)) ? d : null;
        return new ProblemInfo(problem.Title, detail, lines);
    }

    /// <summary>Problems found on the page before anything is sent.</summary>
    public static ProblemInfo Local(IReadOnlyList<string> lines) => new(Messages.Get("ValidationFailed"), null, lines);
}
