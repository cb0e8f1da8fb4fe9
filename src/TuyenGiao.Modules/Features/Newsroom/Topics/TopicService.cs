using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Topics;

/// <summary>
/// The topics posts are filed under. Everyone (the public portal too) reads the active ones.
/// Topics are shared by the whole federation, so changing them is for system administrators and
/// for the people who edit content at the federation itself (an Editor, Approver or
/// Administrator assigned to a root unit); a grassroots Editor cannot. Topics are deactivated,
/// never deleted: posts keep pointing at them.
/// </summary>
public sealed class TopicService(AppDbContext db, IAccessScope access, IOrgHierarchy hierarchy, IAuditLog audit)
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 80;
    public const int DescriptionMaxLength = 1000;

    /// <summary>Active topics in their order; with <paramref name="includeInactive"/> (managers only) the inactive ones after them.</summary>
    public async Task<IReadOnlyList<TopicItem>> ListAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        if (includeInactive)
        {
            await EnsureCanManageAsync(ct);
        }

        var query = db.Set<Topic>().AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(t => t.IsActive);
        }

        var topics = await query.OrderByDescending(t => t.IsActive).ThenBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(ct);
        return topics.Select(ToItem).ToList();
    }

    public async Task<TopicItem> GetAsync(int id, CancellationToken ct = default)
    {
        var topic = await db.Set<Topic>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (topic is null || (!topic.IsActive && !await CanManageAsync(ct)))
        {
            throw AppProblemException.NotFound();
        }

        return ToItem(topic);
    }

    /// <summary>True for system administrators and for content editors at a root unit (the federation).</summary>
    public async Task<bool> CanManageAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.EditContent, ct);
        if (roots is null)
        {
            return true;
        }

        if (roots.Count == 0)
        {
            return false;
        }

        var federation = await hierarchy.GetRootsAsync(null, ct);
        return federation.Any(u => roots.Contains(u.Id));
    }

    public async Task<TopicItem> CreateAsync(SaveTopicRequest request, CancellationToken ct = default)
    {
        await EnsureCanManageAsync(ct);
        var topic = new Topic { Name = string.Empty, Slug = string.Empty };
        await ApplyAsync(topic, request, ct);
        topic.SortOrder = (await db.Set<Topic>().MaxAsync(t => (int?)t.SortOrder, ct) ?? 0) + 1;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(topic);
        await db.SaveChangesAsync(ct);
        audit.Record("newsroom.topic-create", nameof(Topic), Id(topic), null, topic.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ToItem(topic);
    }

    public async Task<TopicItem> UpdateAsync(int id, SaveTopicRequest request, CancellationToken ct = default)
    {
        await EnsureCanManageAsync(ct);
        var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppProblemException.NotFound();
        await ApplyAsync(topic, request, ct);
        audit.Record("newsroom.topic-update", nameof(Topic), Id(topic), null, topic.Name);
        await db.SaveChangesAsync(ct);
        return ToItem(topic);
    }

    /// <summary>Hides a topic from the portal and from the post editor's choices; posts filed under it keep it.</summary>
    public async Task<TopicItem> SetActiveAsync(int id, bool active, CancellationToken ct = default)
    {
        await EnsureCanManageAsync(ct);
        var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppProblemException.NotFound();
        if (topic.IsActive != active)
        {
            topic.IsActive = active;
            audit.Record(active ? "newsroom.topic-activate" : "newsroom.topic-deactivate", nameof(Topic), Id(topic), null, topic.Name);
            await db.SaveChangesAsync(ct);
        }

        return ToItem(topic);
    }

    /// <summary>Sets the order: the request lists every topic id exactly once.</summary>
    public async Task<IReadOnlyList<TopicItem>> ReorderAsync(ReorderTopicsRequest request, CancellationToken ct = default)
    {
        await EnsureCanManageAsync(ct);
        var topics = await db.Set<Topic>().ToListAsync(ct);
        var ids = request.Ids ?? [];
        if (ids.Count != topics.Count || ids.Distinct().Count() != ids.Count || !topics.All(t => ids.Contains(t.Id)))
        {
            throw AppProblemException.Invalid([new FieldError("ids", Messages.Get("EditorTopicOrderIncomplete", topics.Count))]);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            topics.First(t => t.Id == ids[i]).SortOrder = i + 1;
        }

        audit.Record("newsroom.topic-reorder", nameof(Topic), null, null, string.Join(',', ids));
        await db.SaveChangesAsync(ct);
        return topics.OrderBy(t => t.SortOrder).Select(ToItem).ToList();
    }

    private async Task EnsureCanManageAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            throw AppProblemException.Forbidden(Messages.Get("EditorTopicsForFederation"));
        }
    }

    /// <summary>Validates and copies; throws 400 listing every bad field, having changed nothing.</summary>
    private async Task ApplyAsync(Topic topic, SaveTopicRequest request, CancellationToken ct)
    {
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

        var slug = string.IsNullOrWhiteSpace(request.Slug)
            ? (name.Length > 0 ? VietnameseText.Slugify(name, SlugMaxLength) : string.Empty)
            : VietnameseText.Slugify(request.Slug, SlugMaxLength);
        if (slug.Length > 0 && await db.Set<Topic>().AnyAsync(t => t.Slug == slug && t.Id != topic.Id, ct))
        {
            errors.Add(new FieldError("slug", Messages.Get("EditorTopicSlugTaken", slug)));
        }

        var description = VietnameseText.Nfc(request.Description) is { Length: > 0 } d ? d : null;
        if (description is { Length: > DescriptionMaxLength })
        {
            errors.Add(new FieldError("description", Messages.Get("TooLong", "description", DescriptionMaxLength)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        topic.Name = name;
        topic.Slug = slug;
        topic.Description = description;
        if (request.IsActive is { } active)
        {
            topic.IsActive = active;
        }
    }

    private static string Id(Topic topic) => topic.Id.ToString(CultureInfo.InvariantCulture);

    private static TopicItem ToItem(Topic t) => new(t.Id, t.Name, t.Slug, t.Description, t.SortOrder, t.IsActive, PostLinks.TopicPath(t.Slug));
}
