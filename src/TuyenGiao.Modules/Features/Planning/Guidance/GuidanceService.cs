using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;
using GuidanceEntity = TuyenGiao.Modules.Features.Planning.Domain.IssuedGuidance;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>
/// Guidance down, reports up. Issuing needs <see cref="Permission.ApproveContent"/> in the issuing
/// unit (a numbered guidance binds every unit under it, so it is an approver's act, not an
/// editor's); a recipient's editors (<see cref="Permission.EditContent"/> on the recipient unit)
/// acknowledge and report; whoever views the issuer sees every row, whoever views a unit under it
/// sees the rows of that subtree.
/// </summary>
public sealed class GuidanceService(AppDbContext db, IAccessScope access, IOrgHierarchy hierarchy, IAuditLog audit, IGuidanceReminders reminders, TimeProvider time)
{
    public const int NumberMaxLength = 50;
    public const int TitleMaxLength = 300;
    public const int ContentMaxLength = 100_000;
    public const int KeyMessagesMaxLength = 4000;
    public const int MaxAttachments = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GuidanceDetail> IssueAsync(IssueGuidanceRequest request, CancellationToken ct = default)
    {
        if (request.IssuerUnitId is not { } issuerId)
        {
            throw AppProblemException.Invalid([new FieldError("issuerUnitId", Messages.Get("Required", "issuerUnitId"))]);
        }

        await access.EnsureAsync(Permission.ApproveContent, issuerId, ct);
        var today = VietnamTime.Today(time);
        var subtree = await hierarchy.GetSubtreeAsync(issuerId, today, ct);
        if (subtree.Count == 0)
        {
            throw AppProblemException.NotFound();
        }

        var issuer = subtree[0];
        var errors = new List<FieldError>();
        var number = VietnameseText.CleanLine(request.Number);
        Check(errors, "number", number, NumberMaxLength);
        var title = VietnameseText.CleanLine(request.Title);
        Check(errors, "title", title, TitleMaxLength);
        var content = GuidanceContent.Clean(VietnameseText.Nfc(request.Content)?.Trim() ?? string.Empty);
        Check(errors, "content", content, ContentMaxLength);

        var keyMessages = (request.KeyMessages ?? []).Select(VietnameseText.CleanLine).Where(m => m.Length > 0).ToList();
        if (keyMessages.Sum(m => m.Length + 1) > KeyMessagesMaxLength)
        {
            errors.Add(new FieldError("keyMessages", Messages.Get("TooLong", "keyMessages", KeyMessagesMaxLength)));
        }

        var attachments = Attachments(request.Attachments, errors);

        if (request.Deadline is not { } deadline)
        {
            errors.Add(new FieldError("deadline", Messages.Get("Required", "deadline")));
        }
        else if (deadline < today)
        {
            errors.Add(new FieldError("deadline", Messages.Get("GuidanceDeadlinePast", VietnamTime.Format(today))));
        }

        var form = ReportForm.Design(request.Form, "form", errors);
        if (form.Count == 0 && !errors.Any(e => e.Field.StartsWith("form", StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("form", Messages.Get("GuidanceFormEmpty")));
        }

        var scope = RecipientScope.Subtree;
        if (!string.IsNullOrWhiteSpace(request.Scope))
        {
            if (Enum.TryParse<RecipientScope>(request.Scope.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(request.Scope, out _))
            {
                scope = s;
            }
            else
            {
                errors.Add(new FieldError("scope", Messages.Get("GuidanceBadScope", request.Scope)));
            }
        }

        var below = subtree.Skip(1).ToList();
        List<OrgUnitSnapshot> recipients;
        if (scope == RecipientScope.Chosen)
        {
            var byId = below.ToDictionary(u => u.Id);
            var chosen = (request.UnitIds ?? []).Distinct().ToList();
            var outside = chosen.Where(id => !byId.ContainsKey(id)).ToList();
            if (chosen.Count == 0)
            {
                errors.Add(new FieldError("unitIds", Messages.Get("GuidanceNoUnitsChosen")));
            }
            else if (outside.Count > 0)
            {
                errors.Add(new FieldError("unitIds", Messages.Get("GuidanceUnitsOutside", string.Join(", ", outside), issuer.Name)));
            }

            recipients = chosen.Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        }
        else
        {
            recipients = below;
            if (request.UnitIds is { Count: > 0 })
            {
                errors.Add(new FieldError("unitIds", Messages.Get("GuidanceUnitsOnlyWhenChosen")));
            }
            else if (recipients.Count == 0)
            {
                errors.Add(new FieldError("issuerUnitId", Messages.Get("GuidanceNoUnitsBelow", issuer.Name)));
            }
        }

        if (errors.Count == 0 && await db.Set<GuidanceEntity>().AnyAsync(g => g.IssuerUnitId == issuerId && g.Number == number, ct))
        {
            errors.Add(new FieldError("number", Messages.Get("GuidanceNumberTaken", number, issuer.Name)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var guidance = new GuidanceEntity
        {
            IssuerUnitId = issuerId,
            IssuerName = issuer.Name,
            Number = number,
            Title = title,
            Content = content,
            KeyMessages = keyMessages.Count == 0 ? null : string.Join('\n', keyMessages),
            AttachmentsJson = JsonSerializer.Serialize(attachments, Json),
            FormJson = ReportForm.Serialize(form),
            Deadline = request.Deadline!.Value,
            Scope = scope,
            AsOf = today,
            IssuedAt = now,
            IssuedBy = access.UserId,
            RecipientCount = recipients.Count,
            Recipients = recipients.Select(u => new GuidanceRecipient
            {
                UnitId = u.Id,
                UnitName = u.Name,
                KindName = u.KindName,
                Level = u.Level,
                Depth = u.Depth,
                Path = u.Path,
                ParentId = u.ParentId,
            }).ToList(),
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(guidance);
        await db.SaveChangesAsync(ct);
        audit.Record("planning.guidance-issue", "Guidance", guidance.Id.ToString(CultureInfo.InvariantCulture), issuerId, $"{number} → {recipients.Count}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Detail(guidance, canRemind: true);
    }

    public async Task<PagedResult<GuidanceSummary>> ListAsync(PageQuery page, CancellationToken ct = default)
    {
        var paths = await ScopePaths.ForAsync(access, hierarchy, Permission.ViewUnits, ct);
        var query = db.Set<GuidanceEntity>().AsNoTracking();
        if (paths is not null)
        {
            // Issued by a unit the caller sees, or sent to one.
            var received = db.Set<GuidanceRecipient>().Under(r => r.Path, paths).Select(r => r.GuidanceId);
            var issuers = await IssuersInScopeAsync(paths, ct);
            query = query.Where(g => issuers.Contains(g.IssuerUnitId) || received.Contains(g.Id));
        }

        var total = await query.CountAsync(ct);
        var guidances = await query.OrderByDescending(g => g.IssuedAt).ThenByDescending(g => g.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = new List<GuidanceSummary>();
        var today = VietnamTime.Today(time);
        foreach (var g in guidances)
        {
            var rows = await VisibleRows(g, paths).Select(r => new { r.AcknowledgedAt, r.ReportedAt }).ToListAsync(ct);
            items.Add(new GuidanceSummary(
                g.Id, g.Number, g.Title, g.IssuerUnitId, g.IssuerName, g.IssuedAt, g.Deadline,
                rows.Count,
                rows.Count(r => r.AcknowledgedAt is not null),
                rows.Count(r => r.ReportedAt is not null),
                rows.Count(r => r.ReportedAt is null && today > g.Deadline)));
        }

        return new PagedResult<GuidanceSummary>(items, total);
    }

    public async Task<GuidanceDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var (guidance, _) = await FindVisibleAsync(id, ct);
        return Detail(guidance, await access.CanAsync(Permission.ApproveContent, guidance.IssuerUnitId, ct));
    }

    /// <summary>The matrix of the rows the caller sees, optionally one level or one status ("pending", "acknowledged", "reported", "overdue").</summary>
    public async Task<GuidanceMatrix> MatrixAsync(int id, OrgLevel? level, string? status, PageQuery page, CancellationToken ct = default)
    {
        var (guidance, paths) = await FindVisibleAsync(id, ct);
        var rows = await VisibleRows(guidance, paths).OrderBy(r => r.Path).ToListAsync(ct);
        var today = VietnamTime.Today(time);
        var items = rows.Select(r => Item(r, guidance.Deadline, today)).ToList();
        var levels = items.GroupBy(i => i.Level).OrderBy(g => g.Key)
            .Select(g => new GuidanceLevelCount(g.Key, LevelName(g.Key), g.Count(), g.Count(i => i.AcknowledgedAt is not null), g.Count(i => i.ReportedAt is not null), g.Count(i => i.Overdue)))
            .ToList();
        var filtered = items.Where(i => level is null || i.Level == level).Where(StatusFilter(status)).ToList();
        return new GuidanceMatrix(
            levels,
            items.Count,
            items.Count(i => i.AcknowledgedAt is not null),
            items.Count(i => i.ReportedAt is not null),
            items.Count(i => i.Overdue),
            filtered.Skip(page.Skip).Take(page.PageSize).ToList(),
            filtered.Count);
    }

    public async Task<GuidanceTotals> TotalsAsync(int id, CancellationToken ct = default)
    {
        var (guidance, paths) = await FindVisibleAsync(id, ct);
        var rows = await VisibleRows(guidance, paths).OrderBy(r => r.Path).ToListAsync(ct);
        return Totals(guidance, rows);
    }

    /// <summary>The matrix and the totals as an Excel workbook.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(int id, CancellationToken ct = default)
    {
        var (guidance, paths) = await FindVisibleAsync(id, ct);
        var rows = await VisibleRows(guidance, paths).OrderBy(r => r.Path).ToListAsync(ct);
        var today = VietnamTime.Today(time);
        var bytes = GuidanceWorkbook.Build(guidance, rows.Select(r => Item(r, guidance.Deadline, today)).ToList(), Totals(guidance, rows));
        var name = "huong-dan-" + VietnameseText.Slugify(guidance.Number, 60) + ".xlsx";
        return (bytes, name);
    }

    /// <summary>The guidances the units the caller edits for have to act on (by default only those not yet reported).</summary>
    public async Task<PagedResult<GuidanceTask>> TasksAsync(bool pendingOnly, PageQuery page, CancellationToken ct = default)
    {
        var paths = await ScopePaths.ForAsync(access, hierarchy, Permission.EditContent, ct);
        var query = db.Set<GuidanceRecipient>().AsNoTracking().Under(r => r.Path, paths);
        if (pendingOnly)
        {
            query = query.Where(r => r.ReportedAt == null);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(r => r.ReportedAt != null).ThenBy(r => r.Guidance!.Deadline).ThenBy(r => r.Path)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(r => new { r.GuidanceId, r.Guidance!.Number, r.Guidance.Title, r.Guidance.IssuerName, r.Guidance.Deadline, r.UnitId, r.UnitName, r.AcknowledgedAt, r.ReportedAt })
            .ToListAsync(ct);
        var today = VietnamTime.Today(time);
        var items = rows.Select(r => new GuidanceTask(r.GuidanceId, r.Number, r.Title, r.IssuerName, r.Deadline, r.UnitId, r.UnitName, r.AcknowledgedAt, r.ReportedAt, r.ReportedAt is null && today > r.Deadline)).ToList();
        return new PagedResult<GuidanceTask>(items, total);
    }

    public async Task<GuidanceRecipientView> RecipientAsync(int id, int unitId, CancellationToken ct = default)
    {
        await access.EnsureAsync(Permission.ViewUnits, unitId, ct);
        var (guidance, row) = await FindRecipientAsync(id, unitId, tracked: false, ct);
        var canReport = await access.CanAsync(Permission.EditContent, unitId, ct);
        return new GuidanceRecipientView(
            Detail(guidance, await access.CanAsync(Permission.ApproveContent, guidance.IssuerUnitId, ct)),
            Item(row, guidance.Deadline, VietnamTime.Today(time)),
            canReport);
    }

    public async Task<GuidanceRecipientItem> AcknowledgeAsync(int id, int unitId, CancellationToken ct = default)
    {
        await access.EnsureAsync(Permission.EditContent, unitId, ct);
        var (guidance, row) = await FindRecipientAsync(id, unitId, tracked: true, ct);
        if (row.AcknowledgedAt is null)
        {
            row.AcknowledgedAt = time.GetUtcNow().UtcDateTime;
            row.AcknowledgedBy = access.UserName;
            audit.Record("planning.guidance-acknowledge", "Guidance", id.ToString(CultureInfo.InvariantCulture), unitId, guidance.Number);
            await db.SaveChangesAsync(ct);
        }

        return Item(row, guidance.Deadline, VietnamTime.Today(time));
    }

    /// <summary>Saves (or replaces) the unit's report; acknowledges it too when it had not been.</summary>
    public async Task<GuidanceRecipientItem> ReportAsync(int id, int unitId, SubmitGuidanceReportRequest request, CancellationToken ct = default)
    {
        await access.EnsureAsync(Permission.EditContent, unitId, ct);
        var (guidance, row) = await FindRecipientAsync(id, unitId, tracked: true, ct);
        var errors = new List<FieldError>();
        var values = ReportForm.Values(ReportForm.ParseForm(guidance.FormJson), request.Values, errors);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        row.AcknowledgedAt ??= now;
        row.AcknowledgedBy ??= access.UserName;
        row.ReportedAt = now;
        row.ReportedBy = access.UserName;
        row.ValuesJson = ReportForm.SerializeValues(values);
        audit.Record("planning.guidance-report", "Guidance", id.ToString(CultureInfo.InvariantCulture), unitId, guidance.Number);
        await db.SaveChangesAsync(ct);
        return Item(row, guidance.Deadline, VietnamTime.Today(time));
    }

    /// <summary>Reminds units that have not reported (all of them, or those listed). Needs the issuing right in the issuer.</summary>
    public async Task<RemindGuidanceResult> RemindAsync(int id, RemindGuidanceRequest request, CancellationToken ct = default)
    {
        var (guidance, _) = await FindVisibleAsync(id, ct);
        await access.EnsureAsync(Permission.ApproveContent, guidance.IssuerUnitId, ct);
        var query = db.Set<GuidanceRecipient>().Where(r => r.GuidanceId == id && r.ReportedAt == null);
        if (request.UnitIds is { Count: > 0 } chosen)
        {
            var ids = chosen.Distinct().ToList();
            query = query.Where(r => ids.Contains(r.UnitId));
        }

        var rows = await query.ToListAsync(ct);
        if (rows.Count == 0)
        {
            return new RemindGuidanceResult(0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            row.RemindedAt = now;
            row.ReminderCount++;
        }

        // The notices and the reminder rows are saved together: both or neither.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        audit.Record("planning.guidance-remind", "Guidance", id.ToString(CultureInfo.InvariantCulture), guidance.IssuerUnitId, rows.Count.ToString(CultureInfo.InvariantCulture));
        await reminders.SendAsync(new GuidanceReminder(guidance.Id, guidance.Number, guidance.Title, guidance.Deadline, rows.Select(r => r.UnitId).ToList(), now), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new RemindGuidanceResult(rows.Count);
    }

    /// <summary>The units the caller may issue guidance for (their ApproveContent roots; the root units for an administrator).</summary>
    public async Task<IReadOnlyList<OrgUnitSnapshot>> IssuingUnitsAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.ApproveContent, ct);
        if (roots is null)
        {
            return await hierarchy.GetRootsAsync(null, ct);
        }

        var result = new List<OrgUnitSnapshot>();
        foreach (var root in roots.Distinct())
        {
            if (await hierarchy.GetAsync(root, null, ct) is { } unit)
            {
                result.Add(unit);
            }
        }

        return result.OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
    }

    internal static GuidanceTotals Totals(GuidanceEntity guidance, IReadOnlyList<GuidanceRecipient> rows)
    {
        var form = ReportForm.ParseForm(guidance.FormJson);
        var numbers = form.Where(f => f.Kind == ReportFieldKind.Number).ToList();
        GuidanceTotalsRow Row(string name, OrgLevel? level, int? unitId, IReadOnlyCollection<GuidanceRecipient> group) =>
            new(name, level, unitId, group.Count, group.Count(r => r.ReportedAt is not null), ReportForm.Sum(form, group.Select(r => r.ValuesJson)));

        var levels = rows.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g => Row(LevelName(g.Key), g.Key, null, g.ToList())).ToList();

        // Branches: recipients with no recipient above them, each with every recipient under it.
        var ids = rows.Select(r => r.UnitId).ToHashSet();
        var tops = rows.Where(r => !OrgPath.Ids(r.Path).SkipLast(1).Any(ids.Contains)).ToList();
        var branches = tops.Select(t => Row(t.UnitName, t.Level, t.UnitId, rows.Where(r => r.Path.StartsWith(t.Path, StringComparison.Ordinal)).ToList())).ToList();
        return new GuidanceTotals(numbers, levels, branches, Row(guidance.IssuerName, null, guidance.IssuerUnitId, rows.ToList()));
    }

    internal static string LevelName(OrgLevel level) => Messages.Get("GuidanceLevel" + level);

    private static Func<GuidanceRecipientItem, bool> StatusFilter(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => _ => true,
        "pending" => i => i.ReportedAt is null,
        "unacknowledged" => i => i.AcknowledgedAt is null,
        "acknowledged" => i => i.AcknowledgedAt is not null,
        "reported" => i => i.ReportedAt is not null,
        "overdue" => i => i.Overdue,
        _ => throw AppProblemException.Invalid([new FieldError("status", Messages.Get("GuidanceBadStatus", status))]),
    };

    private static GuidanceRecipientItem Item(GuidanceRecipient r, DateOnly deadline, DateOnly today) => new(
        r.UnitId, r.UnitName, r.KindName, r.Level, r.Depth, r.ParentId, r.AcknowledgedAt, r.ReportedAt,
        Overdue: r.ReportedAt is null && today > deadline,
        Late: r.ReportedAt is { } at && DateOnly.FromDateTime(VietnamTime.ToLocal(at)) > deadline,
        r.ReminderCount,
        ReportForm.ParseValues(r.ValuesJson));

    private static GuidanceDetail Detail(GuidanceEntity g, bool canRemind) => new(
        g.Id, g.Number, g.Title, g.Content,
        g.KeyMessages?.Split('\n') ?? [],
        JsonSerializer.Deserialize<List<GuidanceAttachment>>(g.AttachmentsJson, Json) ?? [],
        g.Deadline, g.IssuedAt, g.IssuerUnitId, g.IssuerName, g.Scope, g.AsOf,
        ReportForm.ParseForm(g.FormJson), g.RecipientCount, canRemind);

    private IQueryable<GuidanceRecipient> VisibleRows(GuidanceEntity guidance, IReadOnlyList<string>? paths) =>
        db.Set<GuidanceRecipient>().AsNoTracking().Where(r => r.GuidanceId == guidance.Id).Under(r => r.Path, paths);

    /// <summary>
    /// The guidance, and the path prefixes limiting the rows the caller sees (null: all of them,
    /// for whoever views the issuer). 404 when the caller sees neither the issuer nor a recipient.
    /// </summary>
    private async Task<(GuidanceEntity Guidance, IReadOnlyList<string>? Paths)> FindVisibleAsync(int id, CancellationToken ct)
    {
        var guidance = await db.Set<GuidanceEntity>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw AppProblemException.NotFound();
        if (await access.CanAsync(Permission.ViewUnits, guidance.IssuerUnitId, ct))
        {
            return (guidance, null);
        }

        var paths = await ScopePaths.ForAsync(access, hierarchy, Permission.ViewUnits, ct) ?? [];
        if (paths.Count == 0 || !await VisibleRows(guidance, paths).AnyAsync(ct))
        {
            throw AppProblemException.NotFound();
        }

        return (guidance, paths);
    }

    private async Task<(GuidanceEntity Guidance, GuidanceRecipient Row)> FindRecipientAsync(int id, int unitId, bool tracked, CancellationToken ct)
    {
        var query = db.Set<GuidanceRecipient>().Include(r => r.Guidance).Where(r => r.GuidanceId == id && r.UnitId == unitId);
        var row = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        return (row.Guidance!, row);
    }

    private async Task<List<int>> IssuersInScopeAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        var issuers = await db.Set<GuidanceEntity>().AsNoTracking().Select(g => g.IssuerUnitId).Distinct().ToListAsync(ct);
        var result = new List<int>();
        foreach (var issuer in issuers)
        {
            if (await hierarchy.GetLatestAsync(issuer, ct) is { } unit && ScopePaths.Covers(paths, unit.Path))
            {
                result.Add(issuer);
            }
        }

        return result;
    }

    private static void Check(List<FieldError> errors, string field, string value, int max)
    {
        if (value.Length == 0)
        {
            errors.Add(new FieldError(field, Messages.Get("Required", field)));
        }
        else if (value.Length > max)
        {
            errors.Add(new FieldError(field, Messages.Get("TooLong", field, max)));
        }
    }

    private static List<GuidanceAttachment> Attachments(IReadOnlyList<GuidanceAttachment>? input, List<FieldError> errors)
    {
        var result = new List<GuidanceAttachment>();
        if (input is null)
        {
            return result;
        }

        if (input.Count > MaxAttachments)
        {
            errors.Add(new FieldError("attachments", Messages.Get("GuidanceTooManyAttachments", MaxAttachments)));
            return result;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var name = VietnameseText.CleanLine(input[i]?.Name);
            var url = input[i]?.Url?.Trim() ?? string.Empty;
            var at = string.Create(CultureInfo.InvariantCulture, $"attachments[{i}]");
            if (name.Length is 0 or > 300)
            {
                errors.Add(new FieldError(at + ".name", Messages.Get("GuidanceAttachmentName", i + 1)));
            }

            var ok = url.Length == 0
                || (url.Length <= 2000 && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                    || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")));
            if (!ok)
            {
                errors.Add(new FieldError(at + ".url", Messages.Get("GuidanceAttachmentUrl", url)));
            }

            result.Add(new GuidanceAttachment(name, url.Length == 0 ? null : url));
        }

        return result;
    }
}
