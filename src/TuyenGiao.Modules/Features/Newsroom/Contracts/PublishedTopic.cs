namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>A topic as the portal shows it; <see cref="Url"/> is its page.</summary>
public sealed record PublishedTopic(int Id, string Name, string Slug, string? Description)
{
    public string Url => PostLinks.TopicPath(Slug);
}
