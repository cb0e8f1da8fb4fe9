using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>
/// Communication plans. Reading needs <see cref="Permission.ViewUnits"/> over the plan's unit (a
/// plan out of sight answers 404), changing needs <see cref="Permission.EditContent"/> there. A save
/// checks everything first and writes nothing when any field is wrong.
/// </summary>
internal sealed class PlanService(AppDbContext db, UnitAccess units, IAuditLog audit, TimeProvider time)
{
    public const int MaxActivities = 200;
    public const int MaxBudgetLines = 200;

    public DateOnly Today => VietnamTime.Today(time);

    /// <param name="under">Only plans of this unit's subtree (404 when out of sight).</param>
    /// <param name="year">Only plans of this year.</param>
    /// <param name="q">Words of the title, with or without diacritics.</param>
    public async Task<PagedResult<PlanSummary>> ListAsync(int? under, int? year, string? q, PageQuery page, CancellationToken ct = default)
    {
        var visible = await units.FilterAsync(under, ct);
        var query = db.Set<CommunicationPlan>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        var candidates = await query
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.UnitId, p.Title, p.Kind, p.Year, p.Status, p.UpdatedAt })
            .ToListAsync(ct);
        var folded = VietnameseText.Fold(q);
        var matching = new List<(int Id, int UnitId, string Title, PlanKind Kind, int Year, PlanStatus Status, DateTime UpdatedAt)>();
        foreach (var p in candidates)
        {
            if ((folded.Length == 0 || VietnameseText.Fold(p.Title).Contains(folded, StringComparison.Ordinal)) && await visible(p.UnitId))
            {
                matching.Add((p.Id, p.UnitId, p.Title, p.Kind, p.Year, p.Status, p.UpdatedAt));
            }
        }

        var pageRows = matching.Skip(page.Skip).Take(page.PageSize).ToList();
        var ids = pageRows.Select(p => p.Id).ToList();
        var today = Today;
        var activity = await db.Set<PlanActivity>().AsNoTracking().Where(a => ids.Contains(a.PlanId))
            .GroupBy(a => a.PlanId)
            .Select(g => new
            {
                PlanId = g.Key,
                Count = g.Count(),
                Overdue = g.Count(a => a.Deadline < today && (a.Status == PlanActivityStatus.Planned || a.Status == PlanActivityStatus.InProgress)),
            })
            .ToDictionaryAsync(x => x.PlanId, ct);
        var budget = (await db.Set<PlanBudgetLine>().AsNoTracking().Where(b => ids.Contains(b.PlanId)).Select(b => new { b.PlanId, b.Amount }).ToListAsync(ct))
            .GroupBy(b => b.PlanId).ToDictionary(g => g.Key, g => g.Sum(b => b.Amount));

        var items = new List<PlanSummary>();
        foreach (var p in pageRows)
        {
            var a = activity.GetValueOrDefault(p.Id);
            items.Add(new PlanSummary(p.Id, p.UnitId, await units.NameAsync(p.UnitId, ct), p.Title, p.Kind, p.Year, p.Status, a?.Count ?? 0, a?.Overdue ?? 0, budget.GetValueOrDefault(p.Id), p.UpdatedAt));
        }

        return new PagedResult<PlanSummary>(items, matching.Count);
    }

    public async Task<PlanItem> GetAsync(int id, CancellationToken ct = default) =>
        await ToItemAsync(await FindAsync(id, tracked: false, ct), ct);

    public async Task<PlanItem> CreateAsync(SavePlanRequest request, CancellationToken ct = default)
    {
        if (request.UnitId is { } unitId)
        {
            await units.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        var plan = new CommunicationPlan { Title = string.Empty };
        await ApplyAsync(plan, request, ct);
        plan.CreatedAt = plan.UpdatedAt = time.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        audit.Record("planning.plan-create", nameof(CommunicationPlan), plan.Id.ToString(CultureInfo.InvariantCulture), plan.UnitId, plan.Title);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(plan.Id, ct);
    }

    public async Task<PlanItem> UpdateAsync(int id, SavePlanRequest request, CancellationToken ct = default)
    {
        var plan = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.EditContent, plan.UnitId, ct);
        if (request.UnitId is { } unitId && unitId != plan.UnitId)
        {
            await units.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        await ApplyAsync(plan, request, ct);
        plan.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("planning.plan-update", nameof(CommunicationPlan), id.ToString(CultureInfo.InvariantCulture), plan.UnitId, plan.Title);
        await db.SaveChangesAsync(ct);
        return await GetAsync(plan.Id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var plan = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.EditContent, plan.UnitId, ct);
        db.Remove(plan);
        audit.Record("planning.plan-delete", nameof(CommunicationPlan), id.ToString(CultureInfo.InvariantCulture), plan.UnitId, plan.Title);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The plan as an official Vietnamese document (.docx).</summary>
    public async Task<(byte[] Content, string FileName)> DocxAsync(int id, CancellationToken ct = default)
    {
        var plan = await GetAsync(id, ct);
        var unit = await units.SnapshotAsync(plan.UnitId, ct);
        var parent = unit?.ParentId is { } parentId ? await units.SnapshotAsync(parentId, ct) : null;
        var root = unit is null ? null : await units.SnapshotAsync(Organization.Contracts.OrgPath.Ids(unit.Path)[0], ct);
        var header = new PlanDocumentHeader(parent?.Name, unit?.Name ?? plan.UnitName ?? string.Empty, PlaceOf(root?.Name), Today);
        var bytes = PlanDocxWriter.Write(plan, header);
        var slug = VietnameseText.Slugify(plan.Title, 80);
        return (bytes, $"ke-hoach-{(slug.Length == 0 ? plan.Id.ToString(CultureInfo.InvariantCulture) : slug)}.docx");
    }

    /// <summary>The place a document is dated from: "Bắc Kạn" for "Liên đoàn Lao động tỉnh Bắc Kạn".</summary>
    internal static string? PlaceOf(string? federationName)
    {
        if (federationName is null)
        {
            return null;
        }

        foreach (var marker in new[] { " thành phố ", " tỉnh " })
        {
            var i = federationName.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                return federationName[(i + marker.Length)..].Trim();
            }
        }

        return null;
    }

    /// <summary>Observances a plan may follow (for the edit page).</summary>
    public async Task<IReadOnlyList<PlanObservanceRef>> ObservanceChoicesAsync(CancellationToken ct = default) =>
        (await db.Set<Observance>().AsNoTracking().OrderBy(o => o.Month).ThenBy(o => o.Day).ToListAsync(ct))
            .Select(o => new PlanObservanceRef(o.Id, o.Name, o.Month, o.Day, o.Calendar.ToString())).ToList();

    private async Task<CommunicationPlan> FindAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Set<CommunicationPlan>().Where(p => p.Id == id)
            .Include(p => p.Activities).Include(p => p.BudgetLines).Include(p => p.Observances).Include(p => p.Campaigns)
            .AsSplitQuery();
        var plan = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        await units.EnsureVisibleAsync(plan.UnitId, ct);
        return plan;
    }

    /// <summary>Checks every field, then copies the request (nothing changes when anything is wrong).</summary>
    private async Task ApplyAsync(CommunicationPlan plan, SavePlanRequest r, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (r.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
        }

        var title = Field.Line(errors, "title", r.Title, 300, required: true);
        var kind = Field.Enum<PlanKind>(errors, "kind", r.Kind);
        var status = Field.Enum(errors, "status", r.Status, (PlanStatus?)PlanStatus.Draft);
        if (r.Year is null)
        {
            errors.Add(new FieldError("year", Messages.Get("Required", "year")));
        }
        else if (r.Year is < 1900 or > 2100)
        {
            errors.Add(new FieldError("year", Messages.Get("PlanningYearRange", 1900, 2100)));
        }

        Field.Period(errors, "endDate", r.StartDate, r.EndDate);
        var objectives = Field.Text(errors, "objectives", r.Objectives, 8000);
        var messages = Field.Lines(errors, "keyMessages", r.KeyMessages, 500, 50);
        var audiences = Field.Lines(errors, "audiences", r.Audiences, 300, 50);
        var channels = Field.Lines(errors, "channels", r.Channels, 300, 50);
        if (messages is { Length: > 8000 })
        {
            errors.Add(new FieldError("keyMessages", Messages.Get("TooLong", "keyMessages", 8000)));
        }

        var observanceIds = (r.ObservanceIds ?? []).Distinct().ToList();
        if (observanceIds.Count > 0)
        {
            var known = await db.Set<Observance>().AsNoTracking().Where(o => observanceIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
            foreach (var missing in observanceIds.Except(known))
            {
                errors.Add(new FieldError("observanceIds", Messages.Get("PlanUnknownObservance", missing)));
            }
        }

        var campaignIds = (r.CampaignIds ?? []).Distinct().ToList();
        if (campaignIds.Any(c => c <= 0))
        {
            errors.Add(new FieldError("campaignIds", Messages.Get("PlanBadCampaignId")));
        }

        var activities = new List<PlanActivity>();
        var inputs = r.Activities ?? [];
        if (inputs.Count > MaxActivities)
        {
            errors.Add(new FieldError("activities", Messages.Get("PlanTooManyRows", "activities", MaxActivities)));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var a = inputs[i];
            if (a is null)
            {
                errors.Add(new FieldError($"activities[{i}]", Messages.Get("Required", "activities"), i + 1));
                continue;
            }

            var row = i + 1;
            var activityTitle = Field.Line(errors, $"activities[{i}].title", a.Title, 500, required: true, row: row);
            var description = Field.Text(errors, $"activities[{i}].description", a.Description, 2000);
            var owner = Field.Line(errors, $"activities[{i}].ownerName", a.OwnerName, 200, row: row);
            var ownerUser = Field.Line(errors, $"activities[{i}].ownerUserId", a.OwnerUserId, 64, row: row);
            var activityStatus = Field.Enum(errors, $"activities[{i}].status", a.Status, (PlanActivityStatus?)PlanActivityStatus.Planned, row);
            Field.Period(errors, $"activities[{i}].deadline", a.StartDate, a.Deadline, row);
            activities.Add(new PlanActivity
            {
                SortOrder = i,
                Title = activityTitle ?? string.Empty,
                Description = description,
                OwnerName = owner,
                OwnerUserId = ownerUser,
                StartDate = a.StartDate,
                Deadline = a.Deadline,
                Status = activityStatus ?? PlanActivityStatus.Planned,
            });
        }

        var lines = new List<PlanBudgetLine>();
        var budgetInputs = r.BudgetLines ?? [];
        if (budgetInputs.Count > MaxBudgetLines)
        {
            errors.Add(new FieldError("budgetLines", Messages.Get("PlanTooManyRows", "budgetLines", MaxBudgetLines)));
        }

        for (var i = 0; i < budgetInputs.Count; i++)
        {
            var b = budgetInputs[i];
            if (b is null)
            {
                errors.Add(new FieldError($"budgetLines[{i}]", Messages.Get("Required", "budgetLines"), i + 1));
                continue;
            }

            var row = i + 1;
            var item = Field.Line(errors, $"budgetLines[{i}].item", b.Item, 300, required: true, row: row);
            var amount = Field.Money(errors, $"budgetLines[{i}].amount", b.Amount, required: true, row: row);
            var source = Field.Line(errors, $"budgetLines[{i}].source", b.Source, 200, row: row);
            lines.Add(new PlanBudgetLine { SortOrder = i, Item = item ?? string.Empty, Amount = amount ?? 0, Source = source });
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        plan.UnitId = r.UnitId!.Value;
        plan.Title = title!;
        plan.Kind = kind!.Value;
        plan.Year = r.Year!.Value;
        plan.StartDate = r.StartDate;
        plan.EndDate = r.EndDate;
        plan.Status = status!.Value;
        plan.Objectives = objectives;
        plan.KeyMessages = messages;
        plan.Audiences = audiences;
        plan.Channels = channels;

        plan.Activities.Clear();
        plan.Activities.AddRange(activities);
        plan.BudgetLines.Clear();
        plan.BudgetLines.AddRange(lines);
        plan.Observances.RemoveAll(o => !observanceIds.Contains(o.ObservanceId));
        plan.Observances.AddRange(observanceIds.Where(o => plan.Observances.All(x => x.ObservanceId != o)).Select(o => new PlanObservance { ObservanceId = o }).ToList());
        plan.Campaigns.RemoveAll(c => !campaignIds.Contains(c.CampaignId));
        plan.Campaigns.AddRange(campaignIds.Where(c => plan.Campaigns.All(x => x.CampaignId != c)).Select(c => new PlanCampaign { CampaignId = c }).ToList());
    }

    private async Task<PlanItem> ToItemAsync(CommunicationPlan p, CancellationToken ct)
    {
        var today = Today;
        var observanceIds = p.Observances.Select(o => o.ObservanceId).ToList();
        var observances = (await db.Set<Observance>().AsNoTracking().Where(o => observanceIds.Contains(o.Id)).ToListAsync(ct))
            .OrderBy(o => o.Month).ThenBy(o => o.Day)
            .Select(o => new PlanObservanceRef(o.Id, o.Name, o.Month, o.Day, o.Calendar.ToString())).ToList();
        var activities = p.Activities.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new PlanActivityItem(a.Id, a.Title, a.Description, a.OwnerName, a.OwnerUserId, a.StartDate, a.Deadline, a.Status, IsOverdue(a, today)))
            .ToList();
        var budget = p.BudgetLines.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new PlanBudgetLineItem(b.Id, b.Item, b.Amount, b.Source)).ToList();
        return new PlanItem(
            p.Id,
            p.UnitId,
            await units.NameAsync(p.UnitId, ct),
            p.Title,
            p.Kind,
            p.Year,
            p.StartDate,
            p.EndDate,
            p.Status,
            p.Objectives,
            Field.Split(p.KeyMessages),
            Field.Split(p.Audiences),
            Field.Split(p.Channels),
            observances,
            p.Campaigns.Select(c => c.CampaignId).Order().ToList(),
            activities,
            budget,
            budget.Sum(b => b.Amount),
            activities.Count(a => a.Overdue),
            await units.CanAsync(Permission.EditContent, p.UnitId, ct),
            p.CreatedAt,
            p.UpdatedAt);
    }

    internal static bool IsOverdue(PlanActivity a, DateOnly today) =>
        a.Deadline is { } d && d < today && a.Status is PlanActivityStatus.Planned or PlanActivityStatus.InProgress;
}
