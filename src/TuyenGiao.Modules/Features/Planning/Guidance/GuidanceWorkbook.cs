using MiniExcelLibs;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>The matrix (one row per unit, one column per field) and the roll-up totals as an .xlsx workbook.</summary>
internal static class GuidanceWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(IssuedGuidance guidance, IReadOnlyList<GuidanceRecipientItem> rows, GuidanceTotals totals)
    {
        var form = ReportForm.ParseForm(guidance.FormJson);
        var matrix = rows.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                [Messages.Get("GuidanceColUnit")] = r.UnitName,
                [Messages.Get("GuidanceColKind")] = r.KindName,
                [Messages.Get("GuidanceColLevel")] = GuidanceService.LevelName(r.Level),
                [Messages.Get("GuidanceColAcknowledged")] = r.AcknowledgedAt is { } a ? VietnamTime.Format(a) : null,
                [Messages.Get("GuidanceColReported")] = r.ReportedAt is { } p ? VietnamTime.Format(p) : null,
                [Messages.Get("GuidanceColStatus")] = Status(r),
            };
            foreach (var field in form)
            {
                row[Header(field)] = r.Values.TryGetValue(field.Key, out var v)
                    ? (v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetDecimal() : v.GetString())
                    : null;
            }

            return row;
        }).ToList();

        var sums = totals.Levels.Select(l => TotalsRow(Messages.Get("GuidanceTotalsLevel", l.Name), l, totals.Fields))
            .Concat(totals.Branches.Select(b => TotalsRow(Messages.Get("GuidanceTotalsBranch", b.Name), b, totals.Fields)))
            .Append(TotalsRow(Messages.Get("GuidanceTotalsAll"), totals.Subtree, totals.Fields))
            .ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            [Messages.Get("GuidanceSheetMatrix")] = matrix,
            [Messages.Get("GuidanceSheetTotals")] = sums,
        });
        return stream.ToArray();
    }

    public static string Status(GuidanceRecipientItem r) => Messages.Get(
        r.ReportedAt is not null ? (r.Late ? "GuidanceStatusLate" : "GuidanceStatusReported")
        : r.Overdue ? "GuidanceStatusOverdue"
        : r.AcknowledgedAt is not null ? "GuidanceStatusAcknowledged"
        : "GuidanceStatusNew");

    private static string Header(ReportField field) => field.Unit is { } unit ? $"{field.Label} ({unit})" : field.Label;

    private static Dictionary<string, object?> TotalsRow(string name, GuidanceTotalsRow row, IReadOnlyList<ReportField> fields)
    {
        var result = new Dictionary<string, object?>
        {
            [Messages.Get("GuidanceColGroup")] = name,
            [Messages.Get("GuidanceColUnits")] = row.Units,
            [Messages.Get("GuidanceColReportedUnits")] = row.Reported,
        };
        foreach (var field in fields)
        {
            result[Header(field)] = row.Values.GetValueOrDefault(field.Key);
        }

        return result;
    }
}
