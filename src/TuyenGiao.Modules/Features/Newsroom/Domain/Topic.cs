namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>A topic (chủ đề) posts are filed under; seeded from the article, editable.</summary>
internal sealed class Topic
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
