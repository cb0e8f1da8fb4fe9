using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.IntegrationTests.Features.Portal;

/// <summary>Writes posts straight into the database (the newsroom's workflow is not what these tests are about).</summary>
internal static class PortalCorpus
{
    public static async Task<int> FederationIdAsync(this AppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrgHierarchy>().GetRootsAsync())[0].Id;
    }

    /// <summary>Two upper-level unions of the demo federation.</summary>
    public static async Task<(int First, int Second)> UpperUnionsAsync(this AppFixture app)
    {
        var federation = await app.FederationIdAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var uppers = (await scope.ServiceProvider.GetRequiredService<IOrgHierarchy>().SearchAsync(null, [federation], 40)).Where(u => u.ParentId == federation).ToList();
        return (uppers[0].Id, uppers[1].Id);
    }

    public static Task<int> TopicIdAsync(this AppFixture app, int position) =>
        app.WithDbAsync(db => db.Set<Topic>().OrderBy(t => t.SortOrder).Skip(position - 1).Select(t => t.Id).FirstAsync());

    public static Task<string> TopicSlugAsync(this AppFixture app, int topicId) =>
        app.WithDbAsync(db => db.Set<Topic>().Where(t => t.Id == topicId).Select(t => t.Slug).FirstAsync());

    public static async Task<long> AddPostAsync(
        this AppFixture app, string title, string? summary = null, string? body = null, PostStatus status = PostStatus.Published,
        int? unitId = null, int? topicId = null, DateTime? publishedAt = null)
    {
        var unit = unitId ?? await app.FederationIdAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var author = await db.Users.Where(u => u.Email == AppFixture.AdminEmail).Select(u => u.Id).FirstAsync();
            var at = publishedAt ?? DateTime.UtcNow;
            var post = new Post
            {
                UnitId = unit,
                AuthorUserId = author,
                AuthorName = "Phóng viên thử",
                Status = status,
                CreatedAt = at,
                UpdatedAt = at,
                PublishedAt = status == PostStatus.Published ? at : null,
                Slug = VietnameseText.Slugify(title, 100),
                Version = 1,
            };
            if (topicId is { } t)
            {
                post.Topics.Add(new PostTopic { TopicId = t });
            }

            post.SetContent(title, summary, body ?? "<p>" + System.Net.WebUtility.HtmlEncode(title) + "</p>");
            db.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });
        if (status == PostStatus.Published)
        {
            await app.NotifyAsync(PostPublicationKind.Published, id); // as the newsroom's publish does: cached pages pick it up
        }

        return id;
    }

    public static Task SetStatusAsync(this AppFixture app, long postId, PostStatus status) =>
        app.WithDbAsync(async db =>
        {
            var post = await db.Set<Post>().FirstAsync(p => p.Id == postId);
            post.Status = status;
            post.Version++;
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Tells every registered publication observer (as the newsroom's workflow does after its commit).</summary>
    public static async Task NotifyAsync(this AppFixture app, PostPublicationKind kind, long postId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>();
        var post = await db.Set<Post>().AsNoTracking().FirstAsync(p => p.Id == postId);
        var publication = new PostPublicationEvent(kind, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt ?? DateTime.UtcNow, [], null);
        foreach (var observer in scope.ServiceProvider.GetServices<IPostPublicationObserver>())
        {
            await observer.AfterCommitAsync(publication, CancellationToken.None);
        }
    }
}
