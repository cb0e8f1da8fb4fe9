using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;
using C = TuyenGiao.Modules.Features.Organization.Import.OrgImportColumns;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// Checks every row of a unit sheet before anything is written: each cell on its own, then the
/// sheet as a whole (codes unique in the sheet and in the system, parents known and reachable,
/// the level rule, no loops, the caller's scope). Every problem is listed with its Excel row
/// and column; one problem anywhere and nothing is imported.
/// </summary>
internal sealed partial class OrgImportValidator(AppDbContext db, IAccessScope access, TimeProvider time)
{
    /// <summary>Errors listed at most in one answer; the message still gives the full count.</summary>
    public const int MaxListedErrors = 1000;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>The rows ready to create, parents before children, or an <see cref="AppProblemException"/> listing every problem.</summary>
    public async Task<IReadOnlyList<OrgImportPlannedRow>> ValidateAsync(IReadOnlyList<OrgImportRawRow> rawRows, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var today = VietnamTime.Today(time);
        var kinds = await db.Set<OrgUnitKind>().AsNoTracking().Where(k => k.IsActive).OrderBy(k => k.SortOrder).ToListAsync(ct);

        var rows = rawRows.Select(r => ReadRow(r, kinds, today, errors)).ToList();

        // Codes: once in the sheet, and not yet in the system.
        var firstRowOf = new Dictionary<string, OrgImportPlannedRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Code.Length > 0))
        {
            if (!firstRowOf.TryAdd(row.Code, row))
            {
                errors.Add(new FieldError(C.Code, Messages.Get("OrgImportCodeDuplicateRow", row.Code, firstRowOf[row.Code].Row), row.Row));
            }
        }

        var codes = firstRowOf.Keys.ToList();
        var taken = (await db.Set<OrgUnit>().AsNoTracking().Where(u => u.Code != null && codes.Contains(u.Code)).Select(u => u.Code!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => taken.Contains(r.Code)))
        {
            errors.Add(new FieldError(C.Code, Messages.Get("OrgCodeTaken", row.Code), row.Row));
        }

        var isSystemAdmin = await access.RootsAsync(Permission.ManageUnits, ct) is null;
        var existing = await ExistingParentsAsync(rows.Where(r => r.ParentCode is not null && !firstRowOf.ContainsKey(r.ParentCode)).Select(r => r.ParentCode!).Distinct().ToList(), ct);

        foreach (var row in rows)
        {
            await ResolveParentAsync(row, firstRowOf, existing, isSystemAdmin, errors, ct);
        }

        FindCycles(rows, errors);

        if (errors.Count > 0)
        {
            var listed = errors
                .OrderBy(e => e.Row)
                .ThenBy(e => Array.FindIndex(C.All, c => c.Header == e.Field))
                .Take(MaxListedErrors)
                .ToList();
            throw new OrgImportRowsException(errors.Count, listed);
        }

        return ParentsFirst(rows);
    }

    private static OrgImportPlannedRow ReadRow(OrgImportRawRow raw, List<OrgUnitKind> kinds, DateOnly today, List<FieldError> errors)
    {
        void Error(string column, string message) => errors.Add(new FieldError(column, message, raw.Row));

        string Required(string column, int max)
        {
            var text = Text(raw[column]);
            if (text.Length == 0)
            {
                Error(column, Messages.Get("OrgImportRequired", column));
            }
            else if (text.Length > max)
            {
                Error(column, Messages.Get("OrgImportTooLong", column, max));
            }

            return text;
        }

        string? Optional(string column, int max)
        {
            var text = Text(raw[column]);
            if (text.Length > max)
            {
                Error(column, Messages.Get("OrgImportTooLong", column, max));
            }

            return text.Length == 0 ? null : text;
        }

        var code = Required(C.Code, 64);
        var name = Required(C.Name, 300);
        var shortName = Optional(C.ShortName, 150);
        var parentCode = Optional(C.ParentCode, 64);
        var phone = Optional(C.Phone, 50);
        var address = Optional(C.Address, 500);

        OrgUnitKind? kind = null;
        var kindText = Text(raw[C.Kind]);
        if (kindText.Length == 0)
        {
            Error(C.Kind, Messages.Get("OrgImportRequired", C.Kind));
        }
        else
        {
            var folded = VietnameseText.Fold(kindText);
            kind = kinds.FirstOrDefault(k => string.Equals(k.Code, kindText, StringComparison.OrdinalIgnoreCase))
                ?? kinds.FirstOrDefault(k => VietnameseText.Fold(k.Name) == folded);
            if (kind is null)
            {
                Error(C.Kind, Messages.Get("OrgImportKindUnknown", kindText));
            }
        }

        var members = 0;
        if (!TryMembers(raw[C.MemberCount], out members))
        {
            Error(C.MemberCount, Messages.Get("OrgImportNotNumber", Text(raw[C.MemberCount])));
        }

        var email = Optional(C.Email, 200);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Error(C.Email, Messages.Get("OrgBadEmail", email));
        }

        var date = today;
        if (!IsBlank(raw[C.EffectiveDate]))
        {
            if (!TryDate(raw[C.EffectiveDate], out date))
            {
                Error(C.EffectiveDate, Messages.Get("OrgImportBadDate", Text(raw[C.EffectiveDate])));
                date = today;
            }
            else if (date.Year is < 1900 or > 2200)
            {
                Error(C.EffectiveDate, Messages.Get("OrgDateRange"));
                date = today;
            }
        }

        if (parentCode is not null && parentCode == code)
        {
            Error(C.ParentCode, Messages.Get("OrgImportOwnParent"));
            parentCode = null;
        }

        return new OrgImportPlannedRow
        {
            Row = raw.Row,
            Code = code,
            Name = name,
            ShortName = shortName,
            Kind = kind,
            ParentCode = parentCode,
            MemberCount = members,
            Phone = phone,
            Email = email,
            Address = address,
            Date = date,
        };
    }

    private async Task<Dictionary<string, OrgImportExistingParent?>> ExistingParentsAsync(List<string> codes, CancellationToken ct)
    {
        var found = new Dictionary<string, OrgImportExistingParent?>(StringComparer.Ordinal);
        if (codes.Count == 0)
        {
            return found;
        }

        var units = await db.Set<OrgUnit>().AsNoTracking().Where(u => u.Code != null && codes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var open = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => ids.Contains(v.UnitId) && v.ValidTo == OrgUnitVersion.OpenEnd)
            .Select(v => new { v.UnitId, v.Name, KindName = v.Kind!.Name, v.Kind!.Level, v.ValidFrom })
            .ToListAsync(ct);
        foreach (var unit in units)
        {
            var version = open.FirstOrDefault(v => v.UnitId == unit.Id);

            // A unit with no open version has ended: known, but nothing can be placed under it.
            found[unit.Code!] = version is null ? null : new OrgImportExistingParent(unit.Id, unit.Code!, version.Name, version.KindName, version.Level, version.ValidFrom);
        }

        return found;
    }

    private async Task ResolveParentAsync(
        OrgImportPlannedRow row,
        Dictionary<string, OrgImportPlannedRow> sheet,
        Dictionary<string, OrgImportExistingParent?> existing,
        bool isSystemAdmin,
        List<FieldError> errors,
        CancellationToken ct)
    {
        void Error(string column, string message) => errors.Add(new FieldError(column, message, row.Row));

        if (row.ParentCode is null)
        {
            if (row.Kind is { } k && k.Level != OrgLevel.Federation)
            {
                Error(C.ParentCode, Messages.Get("OrgParentRequired"));
            }
            else if (!isSystemAdmin && row.Kind is not null)
            {
                Error(C.ParentCode, Messages.Get("OrgImportRootNeedsAdmin"));
            }

            return;
        }

        if (sheet.TryGetValue(row.ParentCode, out var sheetParent))
        {
            row.SheetParent = sheetParent;
            if (row.Kind is { } kind && sheetParent.Kind is { } parentKind)
            {
                if (parentKind.Level >= kind.Level)
                {
                    Error(C.Kind, Messages.Get("OrgLevelRule", kind.Name, parentKind.Name, sheetParent.Name));
                }
            }

            if (row.Date < sheetParent.Date)
            {
                Error(C.EffectiveDate, Messages.Get("OrgImportDateBeforeParent", VietnamTime.Format(row.Date), sheetParent.Name, VietnamTime.Format(sheetParent.Date)));
            }

            return;
        }

        if (!existing.TryGetValue(row.ParentCode, out var parent))
        {
            Error(C.ParentCode, Messages.Get("OrgImportParentUnknown", row.ParentCode));
            return;
        }

        if (parent is null)
        {
            Error(C.ParentCode, Messages.Get("OrgImportParentEnded", row.ParentCode));
            return;
        }

        // Scope: only under units the caller manages. A unit out of the caller's view is reported
        // exactly like an unknown code, so the answer does not tell it exists.
        if (!await access.CanAsync(Permission.ManageUnits, parent.Id, ct))
        {
            Error(C.ParentCode, await access.CanAsync(Permission.ViewUnits, parent.Id, ct)
                ? Messages.Get("OrgImportParentNotAllowed", parent.Name)
                : Messages.Get("OrgImportParentUnknown", row.ParentCode));
            return;
        }

        row.ExistingParent = parent;
        if (row.Kind is { } k2 && parent.Level >= k2.Level)
        {
            Error(C.Kind, Messages.Get("OrgLevelRule", k2.Name, parent.KindName, parent.Name));
        }

        if (row.Date < parent.ValidFrom)
        {
            Error(C.EffectiveDate, Messages.Get("OrgImportDateBeforeParent", VietnamTime.Format(row.Date), parent.Name, VietnamTime.Format(parent.ValidFrom)));
        }
    }

    /// <summary>Rows whose sheet parents lead back to themselves: each one in a loop is reported, with the loop.</summary>
    private static void FindCycles(List<OrgImportPlannedRow> rows, List<FieldError> errors)
    {
        var done = new HashSet<OrgImportPlannedRow>();
        foreach (var start in rows)
        {
            var trail = new List<OrgImportPlannedRow>();
            var onTrail = new HashSet<OrgImportPlannedRow>();
            var current = start;
            while (current is not null && !done.Contains(current))
            {
                if (!onTrail.Add(current))
                {
                    var loop = trail.SkipWhile(r => r != current).ToList();
                    var chain = string.Join(" → ", loop.Append(current).Select(r => r.Code));
                    foreach (var member in loop)
                    {
                        errors.Add(new FieldError(C.ParentCode, Messages.Get("OrgImportCycleChain", chain), member.Row));
                        member.SheetParent = null; // keeps the ordering below finite
                    }

                    break;
                }

                trail.Add(current);
                current = current.SheetParent;
            }

            done.UnionWith(trail);
        }
    }

    /// <summary>Parents before children (sheet order otherwise kept).</summary>
    private static List<OrgImportPlannedRow> ParentsFirst(List<OrgImportPlannedRow> rows)
    {
        var ordered = new List<OrgImportPlannedRow>(rows.Count);
        var placed = new HashSet<OrgImportPlannedRow>();
        foreach (var row in rows)
        {
            var chain = new Stack<OrgImportPlannedRow>();
            for (var r = row; r is not null && !placed.Contains(r); r = r.SheetParent)
            {
                chain.Push(r);
            }

            while (chain.Count > 0)
            {
                var next = chain.Pop();
                placed.Add(next);
                ordered.Add(next);
            }
        }

        return ordered;
    }

    /// <summary>A cell as one clean line of text (numbers without a trailing ".0").</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => VietnameseText.CleanLine(s),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => VietnameseText.CleanLine(value.ToString()),
    };

    private static bool IsBlank(object? value) => Text(value).Length == 0;

    /// <summary>A whole number ≥ 0: a numeric cell, or text such as "120", "1.200" or "1 200". Blank is 0.</summary>
    internal static bool TryMembers(object? value, out int members)
    {
        members = 0;
        switch (value)
        {
            case null:
                return true;
            case double d:
                if (d < 0 || d != Math.Floor(d) || d > int.MaxValue)
                {
                    return false;
                }

                members = (int)d;
                return true;
            case int i:
                members = i;
                return i >= 0;
            case long l when l is >= 0 and <= int.MaxValue:
                members = (int)l;
                return true;
            case decimal m when m >= 0 && m == decimal.Floor(m) && m <= int.MaxValue:
                members = (int)m;
                return true;
            case string s:
                var text = s.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
                if (text.Length == 0)
                {
                    return true;
                }

                if (!WholeNumber().IsMatch(text))
                {
                    return false;
                }

                return int.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out members);
            default:
                return false;
        }
    }

    /// <summary>An Excel date cell, an Excel serial number, or text dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd).</summary>
    internal static bool TryDate(object? value, out DateOnly date)
    {
        date = default;
        switch (value)
        {
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double d when d is >= 1 and < 2958466:
                date = DateOnly.FromDateTime(DateTime.FromOADate(d));
                return true;
            case string s:
                return DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            default:
                return false;
        }
    }

    [GeneratedRegex(@"^(\d+|\d{1,3}([.,]\d{3})+)$")]
    private static partial Regex WholeNumber();
}
