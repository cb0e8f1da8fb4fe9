using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Posts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Calendar;

/// <summary>The editorial calendar: scheduled and published posts between two Vietnam dates, in the caller's subtrees.</summary>
internal sealed class EditorialCalendar(AppDbContext db, PostUnits units, IAccessScope access)
{
    public const int MaxDays = 62;

    public async Task<IReadOnlyList<CalendarEntry>> ListAsync(string? from, string? to, int? unitId, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        DateOnly? start = null, end = null;
        try
        {
            start = DateQuery.Parse(from, "from");
        }
        catch (AppProblemException e)
        {
            errors.AddRange(e.Errors);
        }

        try
        {
            end = DateQuery.Parse(to, "to");
        }
        catch (AppProblemException e)
        {
            errors.AddRange(e.Errors);
        }

        if (start is null && errors.All(e => e.Field != "from"))
        {
            errors.Add(new FieldError("from", Messages.Get("Required", "from")));
        }

        if (end is null && errors.All(e => e.Field != "to"))
        {
            errors.Add(new FieldError("to", Messages.Get("Required", "to")));
        }

        if (start is { } s0 && end is { } e0 && (e0 < s0 || e0.DayNumber - s0.DayNumber >= MaxDays))
        {
            errors.Add(new FieldError("to", Messages.Get("NewsroomCalendarRange", MaxDays)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        if (unitId is { } u)
        {
            await access.EnsureAsync(Permission.EditContent, u, ct);
        }

        var startUtc = PostService.VietnamStart(start!.Value);
        var endUtc = PostService.VietnamStart(end!.Value.AddDays(1));
        var posts = db.Set<Post>().AsNoTracking().Where(p =>
            (p.Status == PostStatus.Scheduled && p.PublishAt >= startUtc && p.PublishAt < endUtc)
            || (p.Status == PostStatus.Published && p.PublishedAt >= startUtc && p.PublishedAt < endUtc));
        var reachable = await units.ReachableAsync(await posts.Select(p => p.UnitId).Distinct().ToListAsync(ct), Permission.EditContent, unitId, ct);
        if (reachable is not null)
        {
            posts = posts.Where(p => reachable.Contains(p.UnitId));
        }

        var rows = await posts.Select(p => new { p.Id, p.Title, p.Slug, p.Status, p.UnitId, p.PublishAt, p.PublishedAt }).Take(5000).ToListAsync(ct);
        var result = new List<CalendarEntry>(rows.Count);
        foreach (var r in rows)
        {
            var at = (r.Status == PostStatus.Scheduled ? r.PublishAt : r.PublishedAt)!.Value;
            result.Add(new CalendarEntry(r.Id, r.Title, r.Status, r.UnitId, await units.NameAsync(r.UnitId, ct), at, DateOnly.FromDateTime(VietnamTime.ToLocal(at)),
                r.Status == PostStatus.Published ? PostLinks.PostPath(r.Id, r.Slug) : null));
        }

        return result.OrderBy(e => e.At).ThenBy(e => e.PostId).ToList();
    }
}
