using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.Campaigns;

/// <summary>
/// Campaigns and programmes. Creating and changing one needs <see cref="Permission.ApproveContent"/>
/// in the owning unit (as issuing guidance); a participating unit's editors report on it; whoever
/// views the owner sees every report, whoever views a unit under it the reports of that subtree.
/// </summary>
public sealed class CampaignService(AppDbContext db, IAccessScope access, IOrgHierarchy hierarchy, IAuditLog audit, TimeProvider time)
{
    public const int NameMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    public async Task<PagedResult<CampaignItem>> ListAsync(PageQuery page, CancellationToken ct = default)
    {
        var all = await db.Set<Campaign>().AsNoTracking().Include(c => c.Participants).OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct);
        var paths = await ScopePaths.ForAsync(access, hierarchy, Permission.ViewUnits, ct);
        var visible = new List<Campaign>();
        foreach (var c in all)
        {
            if (await IsVisibleAsync(c, paths, ct))
            {
                visible.Add(c);
            }
        }

        var items = new List<CampaignItem>();
        foreach (var c in visible.Skip(page.Skip).Take(page.PageSize))
        {
            items.Add(await ToItemAsync(c, ct));
        }

        return new PagedResult<CampaignItem>(items, visible.Count);
    }

    public async Task<CampaignItem> GetAsync(int id, CancellationToken ct = default) => await ToItemAsync(await FindVisibleAsync(id, ct), ct);

    public async Task<CampaignItem> CreateAsync(SaveCampaignRequest request, CancellationToken ct = default)
    {
        var campaign = new Campaign { Name = string.Empty, IndicatorsJson = "[]" };
        await ApplyAsync(campaign, request, ct);
        campaign.CreatedAt = campaign.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        audit.Record("planning.campaign-create", nameof(Campaign), campaign.Id.ToString(CultureInfo.InvariantCulture), campaign.OwnerUnitId, campaign.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ToItemAsync(campaign, ct);
    }

    public async Task<CampaignItem> UpdateAsync(int id, SaveCampaignRequest request, CancellationToken ct = default)
    {
        var campaign = await FindVisibleAsync(id, ct, tracked: true);
        await access.EnsureAsync(Permission.ApproveContent, campaign.OwnerUnitId, ct);
        await ApplyAsync(campaign, request, ct);
        campaign.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("planning.campaign-update", nameof(Campaign), id.ToString(CultureInfo.InvariantCulture), campaign.OwnerUnitId, campaign.Name);
        await db.SaveChangesAsync(ct);
        return await ToItemAsync(campaign, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var campaign = await FindVisibleAsync(id, ct, tracked: true);
        await access.EnsureAsync(Permission.ApproveContent, campaign.OwnerUnitId, ct);
        db.Remove(campaign);
        audit.Record("planning.campaign-delete", nameof(Campaign), id.ToString(CultureInfo.InvariantCulture), campaign.OwnerUnitId, campaign.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves a unit's report for a period; a second report for the same unit and start date replaces the first.</summary>
    public async Task<CampaignReportItem> ReportAsync(int id, SubmitCampaignReportRequest request, CancellationToken ct = default)
    {
        var campaign = await FindVisibleAsync(id, ct);
        if (request.UnitId is not { } unitId)
        {
            throw AppProblemException.Invalid([new FieldError("unitId", Messages.Get("Required", "unitId"))]);
        }

        await access.EnsureAsync(Permission.EditContent, unitId, ct);
        var unit = await hierarchy.GetAsync(unitId, null, ct) ?? throw AppProblemException.NotFound();
        var participates = campaign.Scope == RecipientScope.Subtree
            ? unit.IsWithin(campaign.OwnerUnitId)
            : campaign.Participants.Any(p => p.UnitId == unitId);
        var errors = new List<FieldError>();
        if (!participates)
        {
            errors.Add(new FieldError("unitId", Messages.Get("CampaignNotParticipant", unit.Name, campaign.Name)));
        }

        var today = VietnamTime.Today(time);
        if (request.PeriodFrom is not { } from)
        {
            errors.Add(new FieldError("periodFrom", Messages.Get("Required", "periodFrom")));
        }
        else if (from < campaign.StartsOn || from > campaign.EndsOn)
        {
            errors.Add(new FieldError("periodFrom", Messages.Get("CampaignPeriodOutside", VietnamTime.Format(campaign.StartsOn), VietnamTime.Format(campaign.EndsOn))));
        }

        if (request.PeriodTo is not { } to)
        {
            errors.Add(new FieldError("periodTo", Messages.Get("Required", "periodTo")));
        }
        else if (to < campaign.StartsOn || to > campaign.EndsOn)
        {
            errors.Add(new FieldError("periodTo", Messages.Get("CampaignPeriodOutside", VietnamTime.Format(campaign.StartsOn), VietnamTime.Format(campaign.EndsOn))));
        }
        else if (request.PeriodFrom is { } f && to < f)
        {
            errors.Add(new FieldError("periodTo", Messages.Get("CampaignPeriodReversed")));
        }
        else if (to > today)
        {
            errors.Add(new FieldError("periodTo", Messages.Get("CampaignPeriodFuture", VietnamTime.Format(today))));
        }

        var note = VietnameseText.Nfc(request.Note)?.Trim() is { Length: > 0 } n ? n : null;
        if (note is { Length: > NoteMaxLength })
        {
            errors.Add(new FieldError("note", Messages.Get("TooLong", "note", NoteMaxLength)));
        }

        var values = ReportForm.Values(ReportForm.ParseForm(campaign.IndicatorsJson), request.Values, errors);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var report = await db.Set<CampaignReport>().FirstOrDefaultAsync(r => r.CampaignId == id && r.UnitId == unitId && r.PeriodFrom == request.PeriodFrom!.Value, ct);
        if (report is null)
        {
            report = new CampaignReport { CampaignId = id, UnitId = unitId, UnitName = unit.Name, UnitPath = unit.Path, ValuesJson = "{}", PeriodFrom = request.PeriodFrom!.Value };
            db.Add(report);
        }

        report.UnitName = unit.Name;
        report.UnitPath = unit.Path;
        report.PeriodTo = request.PeriodTo!.Value;
        report.ValuesJson = ReportForm.SerializeValues(values);
        report.Note = note;
        report.ReportedAt = time.GetUtcNow().UtcDateTime;
        report.ReportedBy = access.UserName;
        audit.Record("planning.campaign-report", nameof(Campaign), id.ToString(CultureInfo.InvariantCulture), unitId, $"{report.PeriodFrom:yyyy-MM-dd}..{report.PeriodTo:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return ToReportItem(report);
    }

    /// <summary>The reports the caller sees, newest period first; one unit's when <paramref name="unitId"/> is given.</summary>
    public async Task<PagedResult<CampaignReportItem>> ReportsAsync(int id, int? unitId, PageQuery page, CancellationToken ct = default)
    {
        var (campaign, paths) = await FindWithPathsAsync(id, ct);
        var query = db.Set<CampaignReport>().AsNoTracking().Where(r => r.CampaignId == campaign.Id).Under(r => r.UnitPath, paths);
        if (unitId is { } u)
        {
            await access.EnsureAsync(Permission.ViewUnits, u, ct);
            query = query.Where(r => r.UnitId == u);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.PeriodTo).ThenBy(r => r.UnitPath).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<CampaignReportItem>(rows.Select(ToReportItem).ToList(), total);
    }

    /// <summary>Cumulative progress by "week" (Monday to Sunday) or "month", from the start to the latest of today and the last report, within the campaign.</summary>
    public async Task<CampaignProgress> ProgressAsync(int id, string? interval, CancellationToken ct = default)
    {
        var monthly = (interval?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "month" => true,
            "week" => false,
            _ => throw AppProblemException.Invalid([new FieldError("interval", Messages.Get("CampaignBadInterval", interval))]),
        };
        var (campaign, paths) = await FindWithPathsAsync(id, ct);
        var form = ReportForm.ParseForm(campaign.IndicatorsJson);
        var reports = await db.Set<CampaignReport>().AsNoTracking().Where(r => r.CampaignId == campaign.Id).Under(r => r.UnitPath, paths)
            .Select(r => new { r.UnitId, r.PeriodTo, r.ValuesJson }).ToListAsync(ct);

        var last = new[] { VietnamTime.Today(time), reports.Count == 0 ? campaign.StartsOn : reports.Max(r => r.PeriodTo) }.Max();
        var end = last > campaign.EndsOn ? campaign.EndsOn : last;
        var points = new List<CampaignProgressPoint>();
        var cumulative = form.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        for (var from = campaign.StartsOn; from <= end;)
        {
            var next = monthly ? new DateOnly(from.Year, from.Month, 1).AddMonths(1) : from.AddDays(7 - (((int)from.DayOfWeek + 6) % 7));
            var to = next.AddDays(-1) > campaign.EndsOn ? campaign.EndsOn : next.AddDays(-1);
            var start = from;
            var sums = ReportForm.Sum(form, reports.Where(r => r.PeriodTo >= start && r.PeriodTo <= to).Select(r => r.ValuesJson));
            foreach (var (key, value) in sums)
            {
                cumulative[key] += value;
            }

            points.Add(new CampaignProgressPoint(from, to, sums, new Dictionary<string, decimal>(cumulative), Percent(form, cumulative)));
            from = next;
        }

        var total = ReportForm.Sum(form, reports.Select(r => r.ValuesJson));
        return new CampaignProgress(monthly ? "month" : "week", form, points, total, Percent(form, total), reports.Select(r => r.UnitId).Distinct().Count());
    }

    /// <summary>The units the caller may run campaigns for (ApproveContent roots; root units for an administrator).</summary>
    public async Task<IReadOnlyList<OrgUnitSnapshot>> OwnerUnitsAsync(CancellationToken ct = default)
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

        return result;
    }

    /// <summary>The units the caller may report for on this campaign: its EditContent roots that take part (the owner for an administrator).</summary>
    public async Task<IReadOnlyList<OrgUnitSnapshot>> ReportingUnitsAsync(int id, CancellationToken ct = default)
    {
        var campaign = await FindVisibleAsync(id, ct);
        var roots = await access.RootsAsync(Permission.EditContent, ct) ?? [campaign.OwnerUnitId];
        var result = new List<OrgUnitSnapshot>();
        foreach (var root in roots.Distinct())
        {
            if (await hierarchy.GetAsync(root, null, ct) is { } unit
                && (campaign.Scope == RecipientScope.Subtree ? unit.IsWithin(campaign.OwnerUnitId) : campaign.Participants.Any(p => p.UnitId == root)))
            {
                result.Add(unit);
            }
        }

        return result;
    }

    private static Dictionary<string, decimal> Percent(IReadOnlyList<ReportField> form, IReadOnlyDictionary<string, decimal> values) =>
        form.Where(f => f.Target is > 0).ToDictionary(f => f.Key, f => Math.Round(values.GetValueOrDefault(f.Key) * 100m / f.Target!.Value, 1), StringComparer.Ordinal);

    private async Task ApplyAsync(Campaign target, SaveCampaignRequest request, CancellationToken ct)
    {
        if (request.OwnerUnitId is not { } ownerId)
        {
            throw AppProblemException.Invalid([new FieldError("ownerUnitId", Messages.Get("Required", "ownerUnitId"))]);
        }

        await access.EnsureAsync(Permission.ApproveContent, ownerId, ct);
        var owner = await hierarchy.GetAsync(ownerId, null, ct) ?? throw AppProblemException.NotFound();
        var errors = new List<FieldError>();
        var name = VietnameseText.CleanLine(request.Name);
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", Messages.Get("Required", "name")));
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(new FieldError("name", Messages.Get("TooLong", "name", NameMaxLength)));
        }

        var description = VietnameseText.Nfc(request.Description)?.Trim() is { Length: > 0 } d ? d : null;
        if (description is { Length: > DescriptionMaxLength })
        {
            errors.Add(new FieldError("description", Messages.Get("TooLong", "description", DescriptionMaxLength)));
        }

        if (request.StartsOn is null)
        {
            errors.Add(new FieldError("startsOn", Messages.Get("Required", "startsOn")));
        }

        if (request.EndsOn is null)
        {
            errors.Add(new FieldError("endsOn", Messages.Get("Required", "endsOn")));
        }
        else if (request.StartsOn is { } s && request.EndsOn < s)
        {
            errors.Add(new FieldError("endsOn", Messages.Get("CampaignEndsBeforeStart")));
        }

        var indicators = ReportForm.Design(request.Indicators, "indicators", errors, indicators: true);
        var scope = RecipientScope.Subtree;
        if (!string.IsNullOrWhiteSpace(request.Scope))
        {
            if (Enum.TryParse<RecipientScope>(request.Scope.Trim(), ignoreCase: true, out var sc) && Enum.IsDefined(sc) && !int.TryParse(request.Scope, out _))
            {
                scope = sc;
            }
            else
            {
                errors.Add(new FieldError("scope", Messages.Get("GuidanceBadScope", request.Scope)));
            }
        }

        var chosen = (request.UnitIds ?? []).Distinct().ToList();
        if (scope == RecipientScope.Chosen)
        {
            if (chosen.Count == 0)
            {
                errors.Add(new FieldError("unitIds", Messages.Get("GuidanceNoUnitsChosen")));
            }

            var outside = new List<int>();
            foreach (var unitId in chosen)
            {
                if (!await hierarchy.IsWithinAsync(unitId, ownerId, null, ct))
                {
                    outside.Add(unitId);
                }
            }

            if (outside.Count > 0)
            {
                errors.Add(new FieldError("unitIds", Messages.Get("GuidanceUnitsOutside", string.Join(", ", outside), owner.Name)));
            }
        }
        else if (chosen.Count > 0)
        {
            errors.Add(new FieldError("unitIds", Messages.Get("GuidanceUnitsOnlyWhenChosen")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        target.OwnerUnitId = ownerId;
        target.Name = name;
        target.Description = description;
        target.StartsOn = request.StartsOn!.Value;
        target.EndsOn = request.EndsOn!.Value;
        target.IndicatorsJson = ReportForm.Serialize(indicators);
        target.Scope = scope;
        target.Participants.RemoveAll(p => !chosen.Contains(p.UnitId));
        foreach (var unitId in chosen.Where(u => target.Participants.All(p => p.UnitId != u)))
        {
            target.Participants.Add(new CampaignParticipant { UnitId = unitId });
        }
    }

    private async Task<bool> IsVisibleAsync(Campaign c, IReadOnlyList<string>? paths, CancellationToken ct)
    {
        if (paths is null || await access.CanAsync(Permission.ViewUnits, c.OwnerUnitId, ct))
        {
            return true;
        }

        if (c.Scope == RecipientScope.Subtree)
        {
            // Every unit under the owner takes part: visible to whoever sees one of them.
            return paths.Any(p => OrgPath.Contains(p, c.OwnerUnitId));
        }

        foreach (var participant in c.Participants)
        {
            if (await hierarchy.GetLatestAsync(participant.UnitId, ct) is { } unit && ScopePaths.Covers(paths, unit.Path))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Campaign> FindVisibleAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var query = db.Set<Campaign>().Include(c => c.Participants).Where(c => c.Id == id);
        var campaign = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        var paths = await ScopePaths.ForAsync(access, hierarchy, Permission.ViewUnits, ct);
        return await IsVisibleAsync(campaign, paths, ct) ? campaign : throw AppProblemException.NotFound();
    }

    /// <summary>The campaign and the paths limiting the reports the caller sees (null: all, for whoever views the owner).</summary>
    private async Task<(Campaign Campaign, IReadOnlyList<string>? Paths)> FindWithPathsAsync(int id, CancellationToken ct)
    {
        var campaign = await FindVisibleAsync(id, ct);
        if (await access.CanAsync(Permission.ViewUnits, campaign.OwnerUnitId, ct))
        {
            return (campaign, null);
        }

        return (campaign, await ScopePaths.ForAsync(access, hierarchy, Permission.ViewUnits, ct) ?? []);
    }

    private async Task<CampaignItem> ToItemAsync(Campaign c, CancellationToken ct)
    {
        var owner = await hierarchy.GetLatestAsync(c.OwnerUnitId, ct);
        return new CampaignItem(
            c.Id, c.OwnerUnitId, owner?.Name ?? string.Empty, c.Name, c.Description, c.StartsOn, c.EndsOn,
            ReportForm.ParseForm(c.IndicatorsJson), c.Scope, c.Participants.Select(p => p.UnitId).Order().ToList(),
            await access.CanAsync(Permission.ApproveContent, c.OwnerUnitId, ct));
    }

    private static CampaignReportItem ToReportItem(CampaignReport r) =>
        new(r.Id, r.UnitId, r.UnitName, r.PeriodFrom, r.PeriodTo, ReportForm.ParseValues(r.ValuesJson), r.Note, r.ReportedAt);
}
