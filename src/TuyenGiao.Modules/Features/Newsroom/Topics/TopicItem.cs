namespace TuyenGiao.Modules.Features.Newsroom.Topics;

/// <summary>A topic as the API shows it; <see cref="Url"/> is its public page.</summary>
public sealed record TopicItem(int Id, string Name, string Slug, string? Description, int SortOrder, bool IsActive, string Url);

/// <summary>Create or update a topic. The slug is made from the name when left out; <see cref="IsActive"/> is kept when left out.</summary>
public sealed record SaveTopicRequest(string? Name, string? Slug = null, string? Description = null, bool? IsActive = null);

/// <summary>The topics' new order: every topic id, first to last.</summary>
public sealed record ReorderTopicsRequest(IReadOnlyList<int>? Ids);
