using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Lunar;
using TuyenGiao.Modules.Features.Planning.Plans;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>
/// Units' congress terms. Reading needs <see cref="Permission.ViewUnits"/> over the unit (404
/// otherwise); changing needs <see cref="Permission.ManageUnits"/> there. The congress dates of a
/// year are public, like the observance calendar they are shown on.
/// </summary>
internal sealed class CongressTermService(AppDbContext db, UnitAccess units, IOrgHierarchy hierarchy, IAuditLog audit, TimeProvider time)
{
    public const int MaxTermYears = 10;

    public DateOnly Today => VietnamTime.Today(time);

    public async Task<PagedResult<CongressTermItem>> ListAsync(int? unitId, int? under, int? year, PageQuery page, CancellationToken ct = default)
    {
        var visible = await units.FilterAsync(under, ct);
        var query = db.Set<CongressTerm>().AsNoTracking();
        if (unitId is { } u)
        {
            await units.EnsureVisibleAsync(u, ct);
            query = query.Where(t => t.UnitId == u);
        }

        if (year is { } y)
        {
            query = query.Where(t => t.StartYear <= y && y <= t.EndYear);
        }

        var matching = new List<CongressTerm>();
        foreach (var t in await query.OrderByDescending(t => t.StartYear).ThenBy(t => t.UnitId).ToListAsync(ct))
        {
            if (await visible(t.UnitId))
            {
                matching.Add(t);
            }
        }

        var items = new List<CongressTermItem>();
        foreach (var t in matching.Skip(page.Skip).Take(page.PageSize))
        {
            items.Add(await ToItemAsync(t, ct));
        }

        return new PagedResult<CongressTermItem>(items, matching.Count);
    }

    public async Task<CongressTermItem> GetAsync(int id, CancellationToken ct = default) =>
        await ToItemAsync(await FindAsync(id, tracked: false, ct), ct);

    public async Task<CongressTermItem> CreateAsync(SaveCongressTermRequest request, CancellationToken ct = default)
    {
        if (request.UnitId is { } unitId)
        {
            await units.EnsureAsync(Permission.ManageUnits, unitId, ct);
        }

        var term = new CongressTerm();
        await ApplyAsync(term, request, ct);
        term.CreatedAt = term.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(term);
        await db.SaveChangesAsync(ct);
        Audit("create", term);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ToItemAsync(term, ct);
    }

    public async Task<CongressTermItem> UpdateAsync(int id, SaveCongressTermRequest request, CancellationToken ct = default)
    {
        var term = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.ManageUnits, term.UnitId, ct);
        if (request.UnitId is { } unitId && unitId != term.UnitId)
        {
            await units.EnsureAsync(Permission.ManageUnits, unitId, ct);
        }

        await ApplyAsync(term, request, ct);
        term.UpdatedAt = time.GetUtcNow().UtcDateTime;
        Audit("update", term);
        await db.SaveChangesAsync(ct);
        return await ToItemAsync(term, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var term = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.ManageUnits, term.UnitId, ct);
        db.Remove(term);
        Audit("delete", term);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The congresses held (or to be held) in a year, by date; public. Units are named as they were on the congress day.</summary>
    public async Task<IReadOnlyList<CongressDateItem>> CalendarAsync(int? year, CancellationToken ct = default)
    {
        var y = year ?? Today.Year;
        LunarDateProblems.EnsureYear(y, "year");
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var terms = await db.Set<CongressTerm>().AsNoTracking()
            .Where(t => t.CongressStartDate != null && t.CongressStartDate <= last && (t.CongressEndDate ?? t.CongressStartDate) >= first)
            .OrderBy(t => t.CongressStartDate).ThenBy(t => t.UnitId)
            .ToListAsync(ct);
        var result = new List<CongressDateItem>();
        foreach (var t in terms)
        {
            var start = t.CongressStartDate!.Value;
            var unit = await hierarchy.GetAsync(t.UnitId, start, ct) ?? await hierarchy.GetLatestAsync(t.UnitId, ct);
            result.Add(new CongressDateItem(t.Id, t.UnitId, unit?.Name ?? string.Empty, t.Name, start, t.CongressEndDate ?? start, t.StartYear, t.EndYear, t.EndedEarly));
        }

        return result;
    }

    public static CongressTermStatus StatusOf(CongressTerm t, DateOnly today) =>
        t.EndedEarly ? CongressTermStatus.EndedEarly
        : (t.CongressStartDate is { } d ? d > today : t.StartYear > today.Year) ? CongressTermStatus.Upcoming
        : today.Year > t.EndYear ? CongressTermStatus.Completed
        : CongressTermStatus.Current;

    private async Task<CongressTerm> FindAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Set<CongressTerm>().Where(t => t.Id == id);
        var term = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        await units.EnsureVisibleAsync(term.UnitId, ct);
        return term;
    }

    private async Task ApplyAsync(CongressTerm term, SaveCongressTermRequest r, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (r.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
        }

        var name = Field.Line(errors, "name", r.Name, 300);
        var location = Field.Line(errors, "location", r.Location, 300);
        foreach (var (field, value) in new[] { ("startYear", r.StartYear), ("endYear", r.EndYear) })
        {
            if (value is null)
            {
                errors.Add(new FieldError(field, Messages.Get("Required", field)));
            }
            else if (value is < 1900 or > 2100)
            {
                errors.Add(new FieldError(field, Messages.Get("PlanningYearRange", 1900, 2100)));
            }
        }

        if (r.StartYear is { } sy && r.EndYear is { } ey && (ey <= sy || ey - sy > MaxTermYears))
        {
            errors.Add(new FieldError("endYear", Messages.Get("CongressBadTermYears", MaxTermYears)));
        }

        Field.Period(errors, "congressEndDate", r.CongressStartDate, r.CongressEndDate);
        if (r.CongressEndDate is not null && r.CongressStartDate is null)
        {
            errors.Add(new FieldError("congressStartDate", Messages.Get("Required", "congressStartDate")));
        }

        var endedEarly = r.EndedEarly ?? false;
        string? reason = null;
        if (endedEarly)
        {
            reason = Field.Text(errors, "endReason", r.EndReason, 1000);
            if (r.EndedOn is null)
            {
                errors.Add(new FieldError("endedOn", Messages.Get("Required", "endedOn")));
            }
            else if (r.CongressStartDate is { } opened && r.EndedOn < opened)
            {
                errors.Add(new FieldError("endedOn", Messages.Get("CongressEndedBeforeCongress")));
            }
        }

        if (r.UnitId is { } unitId && r.StartYear is { } start
            && await db.Set<CongressTerm>().AnyAsync(t => t.UnitId == unitId && t.StartYear == start && t.Id != term.Id, ct))
        {
            errors.Add(new FieldError("startYear", Messages.Get("CongressDuplicateTerm", start)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        term.UnitId = r.UnitId!.Value;
        term.Name = name;
        term.StartYear = r.StartYear!.Value;
        term.EndYear = r.EndYear!.Value;
        term.CongressStartDate = r.CongressStartDate;
        term.CongressEndDate = r.CongressEndDate;
        term.Location = location;
        term.EndedEarly = endedEarly;
        term.EndedOn = endedEarly ? r.EndedOn : null;
        term.EndReason = reason;
    }

    private async Task<CongressTermItem> ToItemAsync(CongressTerm t, CancellationToken ct) =>
        new(t.Id, t.UnitId, await units.NameAsync(t.UnitId, ct), t.Name, t.StartYear, t.EndYear, t.CongressStartDate, t.CongressEndDate, t.Location,
            t.EndedEarly, t.EndedOn, t.EndReason, StatusOf(t, Today), await units.CanAsync(Permission.ManageUnits, t.UnitId, ct));

    private void Audit(string action, CongressTerm t) =>
        audit.Record("planning.congress-term-" + action, nameof(CongressTerm), t.Id.ToString(CultureInfo.InvariantCulture), t.UnitId,
            string.Create(CultureInfo.InvariantCulture, $"{t.StartYear}–{t.EndYear}"));
}
