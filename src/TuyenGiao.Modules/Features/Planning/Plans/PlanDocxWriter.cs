using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>
/// A plan as a Vietnamese administrative document (the layout of Decree 30/2020/NĐ-CP): A4,
/// Times New Roman 13–14 pt, the issuing unit and the national motto side by side at the top,
/// place and date, the title, numbered sections, tables for the activities and the budget (with
/// its total), then the recipients and the signature block.
/// </summary>
internal static class PlanDocxWriter
{
    private const string Font = "Times New Roman";

    // Page and column widths in twentieths of a point: A4 with 3 cm left and 1.5 cm right margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginLeft = 1701;
    private const int MarginRight = 851;
    private const int MarginTopBottom = 1134;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    public static byte[] Write(PlanItem plan, PlanDocumentHeader header)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = plan.Title;
            document.PackageProperties.Creator = header.UnitName;

            body.Append(HeaderTable(header));
            body.Append(Para(string.Empty, size: 14));
            body.Append(Para(Messages.Get("PlanDocTitle"), bold: true, size: 30, align: JustificationValues.Center, after: 0));
            body.Append(Para(plan.Title, bold: true, size: 28, align: JustificationValues.Center, after: 0));
            body.Append(ShortRule(TextWidth / 3));
            body.Append(Para(string.Empty, size: 10));

            var section = 0;
            if (plan.StartDate is not null || plan.EndDate is not null)
            {
                body.Append(Body(Messages.Get("PlanDocPeriod", Period(plan.StartDate, plan.EndDate))));
            }

            body.Append(Heading(++section, Messages.Get("PlanDocObjectives")));
            AppendText(body, plan.Objectives);

            body.Append(Heading(++section, Messages.Get("PlanDocContent")));
            var sub = 0;
            body.Append(SubHeading(++sub, Messages.Get("PlanDocKeyMessages")));
            AppendLines(body, plan.KeyMessages);
            if (plan.Observances.Count > 0)
            {
                body.Append(SubHeading(++sub, Messages.Get("PlanDocObservances")));
                AppendLines(body, plan.Observances.Select(o => o.Calendar == "Lunar"
                    ? Messages.Get("PlanDocObservanceLunar", o.Day, o.Month, o.Name)
                    : Messages.Get("PlanDocObservanceSolar", string.Create(CultureInfo.InvariantCulture, $"{o.Day:00}/{o.Month:00}"), o.Name)).ToList());
            }

            body.Append(Heading(++section, Messages.Get("PlanDocAudienceChannels")));
            body.Append(SubHeading(1, Messages.Get("PlanDocAudiences")));
            AppendLines(body, plan.Audiences);
            body.Append(SubHeading(2, Messages.Get("PlanDocChannels")));
            AppendLines(body, plan.Channels);

            body.Append(Heading(++section, Messages.Get("PlanDocActivities")));
            body.Append(ActivityTable(plan.Activities));
            body.Append(Para(string.Empty, size: 10));

            body.Append(Heading(++section, Messages.Get("PlanDocBudget")));
            body.Append(BudgetTable(plan.BudgetLines, plan.BudgetTotal));
            body.Append(Para(string.Empty, size: 10));

            body.Append(Body(Messages.Get("PlanDocClosing")));
            body.Append(Para(string.Empty, size: 10));
            body.Append(SignatureTable());

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTopBottom, Bottom = MarginTopBottom, Left = MarginLeft, Right = MarginRight, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 take a leading zero.</summary>
    internal static string DateLine(string? place, DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return Messages.Get("PlanDocDateLine", place ?? "……", day, month, date.Year);
    }

    private static string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => Messages.Get("PlanDocFromTo", Date(s), Date(e)),
        ({ } s, null) => Messages.Get("PlanDocFrom", Date(s)),
        (null, { } e) => Messages.Get("PlanDocUntil", Date(e)),
        _ => string.Empty,
    };

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static Table HeaderTable(PlanDocumentHeader header)
    {
        const int left = 4200;
        const int right = TextWidth - left + 400;
        var table = new Table(new TableProperties(
                new TableWidth { Width = (left + right).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = -200, Type = TableWidthUnitValues.Dxa },
                NoBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = left.ToString(CultureInfo.InvariantCulture) }, new GridColumn { Width = right.ToString(CultureInfo.InvariantCulture) }));

        var leftCell = Cell(left);
        if (header.ParentName is { } parent)
        {
            leftCell.Append(Lines(HeaderLines(parent.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))), bold: false, size: 24));
        }

        leftCell.Append(Lines(HeaderLines(header.UnitName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))), bold: true, size: 24));
        leftCell.Append(ShortRule(left / 3, left));
        leftCell.Append(Para(Messages.Get("PlanDocNumber"), size: 26, align: JustificationValues.Center, after: 0));

        var rightCell = Cell(right);
        rightCell.Append(Para(Messages.Get("PlanDocNation"), bold: true, size: 24, align: JustificationValues.Center, after: 0));
        rightCell.Append(Para(Messages.Get("PlanDocMotto"), bold: true, size: 26, align: JustificationValues.Center, after: 0));
        rightCell.Append(ShortRule(right * 9 / 20, right));
        rightCell.Append(Para(DateLine(header.Place, header.Date), italic: true, size: 26, align: JustificationValues.Center, after: 0));

        table.Append(new TableRow(leftCell, rightCell));
        return table;
    }

    /// <summary>
    /// A long unit name breaks before its place ("LIÊN ĐOÀN LAO ĐỘNG / TỈNH BẮC KẠN") rather than
    /// inside it, as typists do; short names stay on one line.
    /// </summary>
    internal static IReadOnlyList<string> HeaderLines(string name)
    {
        const int oneLine = 28;
        if (name.Length <= oneLine)
        {
            return [name];
        }

        foreach (var marker in new[] { " TỈNH ", " THÀNH PHỐ ", " HUYỆN ", " THỊ XÃ ", " QUẬN ", " XÃ ", " PHƯỜNG " })
        {
            var i = name.IndexOf(marker, StringComparison.Ordinal);
            if (i > 0)
            {
                return [name[..i], name[(i + 1)..]];
            }
        }

        return [name];
    }

    /// <summary>One centred paragraph whose lines are separated by line breaks.</summary>
    private static Paragraph Lines(IReadOnlyList<string> lines, bool bold, int size)
    {
        var paragraph = Para(lines[0], bold: bold, size: size, align: JustificationValues.Center, after: 0);
        var run = paragraph.Elements<Run>().Single();
        foreach (var line in lines.Skip(1))
        {
            run.Append(new Break(), new Text(line) { Space = SpaceProcessingModeValues.Preserve });
        }

        return paragraph;
    }

    private static Table ActivityTable(IReadOnlyList<PlanActivityItem> activities)
    {
        int[] widths = [600, 3700, 2000, 1500, 1554];
        var table = GridTable(widths);
        table.Append(HeaderRow(widths, Messages.Get("PlanDocColNo"), Messages.Get("PlanDocColActivity"), Messages.Get("PlanDocColOwner"), Messages.Get("PlanDocColDeadline"), Messages.Get("PlanDocColStatus")));
        if (activities.Count == 0)
        {
            table.Append(new TableRow(Cell(TextWidth, SpanCell(Messages.Get("PlanDocNone"), italic: true), span: widths.Length)));
        }

        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var what = Cell(widths[1], CellPara(a.Title, bold: false));
            if (a.Description is { } d)
            {
                foreach (var line in d.Split('\n'))
                {
                    what.Append(CellPara(line, italic: true, size: 22));
                }
            }

            var when = a.Deadline is { } deadline
                ? (a.StartDate is { } s ? Date(s) + " – " + Date(deadline) : Date(deadline))
                : a.StartDate is { } start ? Messages.Get("PlanDocFrom", Date(start)) : string.Empty;
            var status = Messages.Get("PlanActivityStatus" + a.Status) + (a.Overdue ? " (" + Messages.Get("PlanOverdue").ToLower(CultureInfo.CurrentCulture) + ")" : string.Empty);
            table.Append(new TableRow(
                Cell(widths[0], CellPara((i + 1).ToString(CultureInfo.InvariantCulture), align: JustificationValues.Center)),
                what,
                Cell(widths[2], CellPara(a.OwnerName ?? string.Empty)),
                Cell(widths[3], CellPara(when, align: JustificationValues.Center)),
                Cell(widths[4], CellPara(status, align: JustificationValues.Center, size: 22))));
        }

        return table;
    }

    private static Table BudgetTable(IReadOnlyList<PlanBudgetLineItem> lines, long total)
    {
        int[] widths = [600, 4754, 2200, 1800];
        var table = GridTable(widths);
        table.Append(HeaderRow(widths, Messages.Get("PlanDocColNo"), Messages.Get("PlanDocColItem"), Messages.Get("PlanDocColSource"), Messages.Get("PlanDocColAmount")));
        for (var i = 0; i < lines.Count; i++)
        {
            var b = lines[i];
            table.Append(new TableRow(
                Cell(widths[0], CellPara((i + 1).ToString(CultureInfo.InvariantCulture), align: JustificationValues.Center)),
                Cell(widths[1], CellPara(b.Item)),
                Cell(widths[2], CellPara(b.Source ?? string.Empty)),
                Cell(widths[3], CellPara(VndFormat.Format(b.Amount), align: JustificationValues.Right))));
        }

        table.Append(new TableRow(
            Cell(widths[0] + widths[1] + widths[2], CellPara(Messages.Get("PlanDocTotal"), bold: true, align: JustificationValues.Center), span: 3),
            Cell(widths[3], CellPara(VndFormat.Format(total), bold: true, align: JustificationValues.Right))));
        return table;
    }

    private static Table SignatureTable()
    {
        const int left = 4400;
        const int right = TextWidth - left;
        var table = new Table(new TableProperties(
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                NoBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = left.ToString(CultureInfo.InvariantCulture) }, new GridColumn { Width = right.ToString(CultureInfo.InvariantCulture) }));
        var recipients = Cell(left);
        recipients.Append(Para(Messages.Get("PlanDocRecipients"), bold: true, italic: true, size: 24, after: 0));
        foreach (var line in Messages.Get("PlanDocRecipientLines").Split('|'))
        {
            recipients.Append(Para(line, size: 22, after: 0));
        }

        var signer = Cell(right);
        signer.Append(Para(Messages.Get("PlanDocSignerFor"), bold: true, size: 26, align: JustificationValues.Center, after: 0));
        signer.Append(Para(Messages.Get("PlanDocSignerTitle"), bold: true, size: 26, align: JustificationValues.Center, after: 0));
        signer.Append(Para(Messages.Get("PlanDocSignerHint"), italic: true, size: 24, align: JustificationValues.Center, after: 0));
        table.Append(new TableRow(recipients, signer));
        return table;
    }

    private static Table GridTable(int[] widths)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        }

        return new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            grid);
    }

    private static TableRow HeaderRow(int[] widths, params string[] titles)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < titles.Length; i++)
        {
            var cell = Cell(widths[i], CellPara(titles[i], bold: true, align: JustificationValues.Center));
            cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7E6E6", Color = "auto" });
            cell.TableCellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            row.Append(cell);
        }

        return row;
    }

    private static TableCell Cell(int width, Paragraph? content = null, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        var cell = new TableCell(properties);
        if (content is not null)
        {
            cell.Append(content);
        }

        return cell;
    }

    private static Paragraph SpanCell(string text, bool italic) => CellPara(text, italic: italic, align: JustificationValues.Center);

    private static Paragraph CellPara(string text, bool bold = false, bool italic = false, int size = 24, JustificationValues? align = null) =>
        Para(text, bold, italic, size, align ?? JustificationValues.Left, after: 0, before: 0);

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None },
        new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None },
        new InsideVerticalBorder { Val = BorderValues.None });

    /// <summary>The short rule under the unit name, the motto and the title: a bordered empty paragraph indented to <paramref name="length"/>.</summary>
    private static Paragraph ShortRule(int length, int within = TextWidth)
    {
        var indent = Math.Max(0, (within - length) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Right = indent.ToString(CultureInfo.InvariantCulture) }));
    }

    private static Paragraph Heading(int number, string text) =>
        KeepWithNext(Para(Roman(number) + ". " + text.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold: true, size: 26, align: JustificationValues.Both, before: 120, after: 60, firstLine: 567));

    private static Paragraph SubHeading(int number, string text) =>
        KeepWithNext(Para(number.ToString(CultureInfo.InvariantCulture) + ". " + text, bold: true, size: 26, align: JustificationValues.Both, after: 60, firstLine: 567));

    /// <summary>A heading stays on the page of what follows it (no heading alone at the foot of a page).</summary>
    private static Paragraph KeepWithNext(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.PrependChild(new KeepNext());
        return paragraph;
    }

    private static Paragraph Body(string text) => Para(text, size: 26, align: JustificationValues.Both, after: 60, firstLine: 567);

    private static void AppendText(Body body, string? text)
    {
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            body.Append(Body(Messages.Get("PlanDocNone")));
        }

        foreach (var line in lines)
        {
            body.Append(Body(line));
        }
    }

    private static void AppendLines(Body body, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            body.Append(Body(Messages.Get("PlanDocNone")));
        }

        foreach (var line in lines)
        {
            body.Append(Body("- " + line));
        }
    }

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 26, JustificationValues? align = null, int after = 120, int before = 0, int firstLine = 0)
    {
        var pp = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (firstLine > 0)
        {
            pp.Append(new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) });
        }

        pp.Append(new Justification { Val = align ?? JustificationValues.Left });
        var rp = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            rp.Append(new Bold());
        }

        if (italic)
        {
            rp.Append(new Italic());
        }

        rp.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        rp.Append(new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph(pp);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "26" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }
}
