namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>A topic and its latest published posts.</summary>
public sealed record TopicSection(PublishedTopic Topic, IReadOnlyList<PublishedPostCard> Posts);
