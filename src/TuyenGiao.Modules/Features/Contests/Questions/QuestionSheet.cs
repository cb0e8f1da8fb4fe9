using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Questions;

internal sealed record QuestionSheetRow(int Row, SaveQuestionRequest Request, string? CorrectLetters);

/// <summary>
/// The question workbook: sheet "Câu hỏi" with columns Câu hỏi, Phương án A…F, Đáp án đúng
/// ("B" or "A, C"), Chủ đề, Độ khó (1–3), Giải thích. The same layout is the template, the
/// import and the export.
/// </summary>
internal static class QuestionSheet
{
    public const string SheetName = "Câu hỏi";
    public const string TextColumn = "Câu hỏi";
    public const string CorrectColumn = "Đáp án đúng";
    public const string CategoryColumn = "Chủ đề";
    public const string DifficultyColumn = "Độ khó";
    public const string ExplanationColumn = "Giải thích";
    public const int MaxRows = 5000;
    private const long MaxUncompressedBytes = 100L * 1024 * 1024;
    private static readonly string Letters = "ABCDEF";

    public static string OptionColumn(int i) => "Phương án " + Letters[i];

    public static IEnumerable<string> Headers() =>
        new[] { TextColumn }.Concat(Enumerable.Range(0, QuestionBankService.MaxOptions).Select(OptionColumn)).Concat([CorrectColumn, CategoryColumn, DifficultyColumn, ExplanationColumn]);

    public static byte[] Template() => Write([
        new ContestQuestion
        {
            Text = "Luật Công đoàn năm 2024 có hiệu lực thi hành từ ngày nào?", FoldedText = "", Category = "Luật Công đoàn 2024", Difficulty = 1,
            Explanation = "Điều 37 Luật Công đoàn số 50/2024/QH15.",
            Options =
            [
                new ContestOption { Text = "01/01/2025", Position = 0 },
                new ContestOption { Text = "01/07/2025", Position = 1, IsCorrect = true },
                new ContestOption { Text = "27/11/2024", Position = 2 },
                new ContestOption { Text = "01/01/2026", Position = 3 },
            ],
        },
    ]);

    public static byte[] Write(IEnumerable<ContestQuestion> questions)
    {
        var rows = questions.Select(q =>
        {
            var row = new Dictionary<string, object?> { [TextColumn] = q.Text };
            var options = q.Options.OrderBy(o => o.Position).ToList();
            for (var i = 0; i < QuestionBankService.MaxOptions; i++)
            {
                row[OptionColumn(i)] = i < options.Count ? options[i].Text : null;
            }

            row[CorrectColumn] = string.Join(", ", options.Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => Letters[x.i]));
            row[CategoryColumn] = q.Category;
            row[DifficultyColumn] = q.Difficulty;
            row[ExplanationColumn] = q.Explanation;
            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(Headers().ToDictionary(h => h, _ => (object?)null));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [SheetName] = rows }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static IReadOnlyList<QuestionSheetRow> Read(byte[] content)
    {
        CheckPackage(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var sheets = stream.GetSheetNames();
            var sheet = sheets.FirstOrDefault(s => SheetName.Equals(s?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault() ?? throw NotExcel();
            stream.Position = 0;
            var result = new List<QuestionSheetRow>();
            var rowNumber = 1; // the header is row 1
            foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                rowNumber++;
                if (rowNumber > MaxRows + 1)
                {
                    throw AppProblemException.Invalid(Messages.Get("ContestsImportTooMany", MaxRows));
                }

                if (rowNumber == 2 && !cells.ContainsKey(TextColumn))
                {
                    throw AppProblemException.Invalid([new FieldError(TextColumn, Messages.Get("ContestsImportNoHeader", TextColumn), 1)]);
                }

                if (cells.Values.All(v => string.IsNullOrWhiteSpace(Text(v))))
                {
                    continue;
                }

                result.Add(Parse(cells, rowNumber));
            }

            return result;
        }
        catch (AppProblemException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw NotExcel();
        }
    }

    private static QuestionSheetRow Parse(IDictionary<string, object?> cells, int row)
    {
        string? Cell(string name) => cells.TryGetValue(name, out var v) ? Text(v) : null;
        var correct = (Cell(CorrectColumn) ?? "").ToUpperInvariant().Split([',', ';', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        var options = new List<OptionRequest>();
        for (var i = 0; i < QuestionBankService.MaxOptions; i++)
        {
            var text = Cell(OptionColumn(i));
            if (!string.IsNullOrWhiteSpace(text))
            {
                options.Add(new OptionRequest(text, correct.Contains(Letters[i].ToString())));
            }
        }

        var unknown = correct.Where(c => c.Length != 1 || Letters.IndexOf(c[0], StringComparison.Ordinal) is var i && (i < 0 || string.IsNullOrWhiteSpace(Cell(OptionColumn(i))))).ToList();
        var difficultyText = VietnameseText.Fold(Cell(DifficultyColumn));
        var difficulty = difficultyText switch
        {
            "" or "1" or "de" => 1,
            "2" or "trung binh" => 2,
            "3" or "kho" => 3,
            _ => 0,
        };
        return new QuestionSheetRow(row, new SaveQuestionRequest(Cell(TextColumn), Cell(CategoryColumn), difficulty, Cell(ExplanationColumn), true, options),
            unknown.Count > 0 ? string.Join(", ", unknown) : null);
    }

    private static string? Text(object? v) => v switch
    {
        null => null,
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim(),
    };

    private static void CheckPackage(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K')
        {
            throw NotExcel();
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes || zip.GetEntry("xl/workbook.xml") is null)
            {
                throw NotExcel();
            }
        }
        catch (InvalidDataException)
        {
            throw NotExcel();
        }
    }

    private static AppProblemException NotExcel() => AppProblemException.Invalid([new FieldError("file", Messages.Get("ContestsImportNotExcel"))]);
}
