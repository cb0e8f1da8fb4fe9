using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Questions;

/// <summary>A contest's question bank: list, add, change, retire (a question once drawn stays, inactive), import and export.</summary>
internal sealed class QuestionBankService(AppDbContext db, ContestSetupService setup, ContestCatalog catalog)
{
    public const int MaxOptions = 6;

    public async Task<PagedResult<QuestionItem>> ListAsync(int contestId, string? q, PageQuery page, CancellationToken ct)
    {
        await setup.LoadAsync(contestId, ct);
        var query = db.Set<ContestQuestion>().AsNoTracking().Where(x => x.ContestId == contestId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = VietnameseText.Fold(q);
            query = query.Where(x => x.FoldedText.Contains(folded));
        }

        var total = await query.CountAsync(ct);
        var items = await query.Include(x => x.Options).OrderBy(x => x.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<QuestionItem>(items.Select(ToItem).ToList(), total);
    }

    public async Task<QuestionItem> CreateAsync(int contestId, SaveQuestionRequest body, CancellationToken ct)
    {
        await setup.LoadAsync(contestId, ct);
        var question = new ContestQuestion { ContestId = contestId, Text = "", FoldedText = "" };
        var errors = Validate(body, null, "");
        await CheckDuplicateAsync(contestId, body.Text, null, errors, null, ct);
        Throw(errors);
        Apply(question, body);
        db.Add(question);
        await db.SaveChangesAsync(ct);
        catalog.Invalidate(contestId);
        return ToItem(question);
    }

    public async Task<QuestionItem> UpdateAsync(int contestId, int id, SaveQuestionRequest body, CancellationToken ct)
    {
        await setup.LoadAsync(contestId, ct);
        var question = await db.Set<ContestQuestion>().Include(x => x.Options).FirstOrDefaultAsync(x => x.Id == id && x.ContestId == contestId, ct) ?? throw AppProblemException.NotFound();
        var errors = Validate(body, null, "");
        await CheckDuplicateAsync(contestId, body.Text, id, errors, null, ct);
        var used = await db.Set<ContestAnswer>().AnyAsync(a => a.QuestionId == id, ct) || await db.Set<ContestAttempt>().AnyAsync(a => a.ContestId == contestId && a.Layout.Contains(id + ":"), ct);
        if (used && (body.Options?.Count ?? 0) != question.Options.Count)
        {
            errors.Add(new FieldError("options", Messages.Get("ContestsQuestionInUse")));
        }

        Throw(errors);
        Apply(question, body);
        await db.SaveChangesAsync(ct);
        catalog.Invalidate(contestId);
        return ToItem(question);
    }

    /// <summary>
    /// Imports a sheet: every row is checked (options, correct answers, duplicates in the sheet
    /// and in the bank by folded text) and nothing is written when any row is wrong.
    /// </summary>
    public async Task<QuestionImportResult> ImportAsync(int contestId, byte[] content, CancellationToken ct)
    {
        await setup.LoadAsync(contestId, ct);
        var rows = QuestionSheet.Read(content);
        var errors = new List<FieldError>();
        var seen = new Dictionary<string, int>();
        var existing = (await db.Set<ContestQuestion>().Where(x => x.ContestId == contestId).Select(x => x.FoldedText).ToListAsync(ct)).ToHashSet();
        foreach (var row in rows)
        {
            errors.AddRange(Validate(row.Request, row.Row, row.CorrectLetters));
            var folded = VietnameseText.Fold(row.Request.Text);
            if (folded.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(folded, out var first))
            {
                errors.Add(new FieldError(QuestionSheet.TextColumn, Messages.Get("ContestsImportDuplicateRow", first), row.Row));
            }
            else if (existing.Contains(folded))
            {
                errors.Add(new FieldError(QuestionSheet.TextColumn, Messages.Get("ContestsDuplicateQuestion"), row.Row));
            }

            seen.TryAdd(folded, row.Row);
        }

        if (rows.Count == 0)
        {
            errors.Add(new FieldError(QuestionSheet.TextColumn, Messages.Get("ContestsImportEmpty")));
        }

        if (errors.Count > 0)
        {
            throw new AppProblemException(400, Messages.Get("ContestsImportRefused"), Messages.Get("ContestsImportRefusedDetail", errors.Count), errors);
        }

        foreach (var row in rows)
        {
            var q = new ContestQuestion { ContestId = contestId, Text = "", FoldedText = "" };
            Apply(q, row.Request);
            db.Add(q);
        }

        await db.SaveChangesAsync(ct);
        catalog.Invalidate(contestId);
        return new QuestionImportResult(rows.Count);
    }

    public async Task<byte[]> ExportAsync(int contestId, CancellationToken ct)
    {
        await setup.LoadAsync(contestId, ct);
        var items = await db.Set<ContestQuestion>().AsNoTracking().Include(x => x.Options).Where(x => x.ContestId == contestId).OrderBy(x => x.Id).ToListAsync(ct);
        return QuestionSheet.Write(items);
    }

    internal static List<FieldError> Validate(SaveQuestionRequest body, int? row, string? correctField)
    {
        var errors = new List<FieldError>();
        var textField = row is null ? "text" : QuestionSheet.TextColumn;
        var text = VietnameseText.Nfc(body.Text) ?? "";
        if (text.Length is 0 or > 2000)
        {
            errors.Add(new FieldError(textField, Messages.Get("ContestsQuestionTextRequired"), row));
        }

        var options = body.Options ?? [];
        if (options.Count is < 2 or > MaxOptions || options.Any(o => string.IsNullOrWhiteSpace(o.Text)))
        {
            errors.Add(new FieldError(row is null ? "options" : QuestionSheet.OptionColumn(0), Messages.Get("ContestsOptionsCount", MaxOptions), row));
        }
        else if (options.Select(o => VietnameseText.Fold(o.Text)).Distinct().Count() != options.Count)
        {
            errors.Add(new FieldError(row is null ? "options" : QuestionSheet.OptionColumn(0), Messages.Get("ContestsOptionsDuplicate"), row));
        }

        if (options.Count >= 2 && !options.Any(o => o.IsCorrect))
        {
            errors.Add(new FieldError(row is null ? "options" : QuestionSheet.CorrectColumn, Messages.Get("ContestsNoCorrectOption"), row));
        }

        if (body.Difficulty is < 1 or > 3)
        {
            errors.Add(new FieldError(row is null ? "difficulty" : QuestionSheet.DifficultyColumn, Messages.Get("ContestsDifficultyRange"), row));
        }

        if (correctField is { Length: > 0 } bad && row is not null)
        {
            errors.Add(new FieldError(QuestionSheet.CorrectColumn, Messages.Get("ContestsCorrectLettersInvalid", bad), row));
        }

        return errors;
    }

    private async Task CheckDuplicateAsync(int contestId, string? text, int? exceptId, List<FieldError> errors, int? row, CancellationToken ct)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length > 0 && await db.Set<ContestQuestion>().AnyAsync(x => x.ContestId == contestId && x.FoldedText == folded && x.Id != exceptId, ct))
        {
            errors.Add(new FieldError("text", Messages.Get("ContestsDuplicateQuestion"), row));
        }
    }

    private static void Throw(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }
    }

    private static void Apply(ContestQuestion q, SaveQuestionRequest body)
    {
        q.Text = VietnameseText.Nfc(body.Text)!;
        q.FoldedText = VietnameseText.Fold(q.Text);
        q.Category = VietnameseText.CleanLine(body.Category) is { Length: > 0 } c ? c : null;
        q.Difficulty = body.Difficulty;
        q.Explanation = string.IsNullOrWhiteSpace(body.Explanation) ? null : VietnameseText.Nfc(body.Explanation);
        q.IsActive = body.IsActive;
        var options = body.Options!;
        q.MultipleChoice = options.Count(o => o.IsCorrect) > 1;
        for (var i = 0; i < options.Count; i++)
        {
            if (i < q.Options.Count)
            {
                q.Options[i].Text = VietnameseText.CleanLine(options[i].Text);
                q.Options[i].IsCorrect = options[i].IsCorrect;
                q.Options[i].Position = i;
            }
            else
            {
                q.Options.Add(new ContestOption { Text = VietnameseText.CleanLine(options[i].Text), IsCorrect = options[i].IsCorrect, Position = i });
            }
        }

        while (q.Options.Count > options.Count)
        {
            q.Options.RemoveAt(q.Options.Count - 1);
        }
    }

    internal static QuestionItem ToItem(ContestQuestion q) =>
        new(q.Id, q.Text, q.MultipleChoice, q.Category, q.Difficulty, q.Explanation, q.IsActive,
            q.Options.OrderBy(o => o.Position).Select(o => new OptionItem(o.Id, o.Text, o.IsCorrect)).ToList());
}
