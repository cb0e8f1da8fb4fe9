using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Posts;

namespace TuyenGiao.Modules.Features.Newsroom.Pages;

/// <summary>The editor page's fields, turned into a <see cref="SavePostRequest"/>.</summary>
public sealed class PostForm
{
    public int UnitId { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? BodyHtml { get; set; }

    public PostFormat Format { get; set; }

    public IReadOnlyCollection<int> TopicIds { get; set; } = [];

    public string? Tags { get; set; }

    public long? CoverMediaId { get; set; }

    public string? CoverAlt { get; set; }

    public string? SourceCredit { get; set; }

    public string? VideoUrl { get; set; }

    public string? AuthorName { get; set; }

    public List<AttachmentRow> Attachments { get; } = [];

    public static PostForm From(PostDetail p)
    {
        var form = new PostForm
        {
            UnitId = p.UnitId,
            Title = p.Title,
            Summary = p.Summary,
            BodyHtml = p.BodyHtml,
            Format = p.Format,
            TopicIds = p.TopicIds,
            Tags = string.Join(", ", p.Tags),
            CoverMediaId = p.CoverMediaId,
            CoverAlt = p.CoverAlt,
            SourceCredit = p.SourceCredit,
            VideoUrl = p.VideoUrl,
            AuthorName = p.AuthorName,
        };
        form.Attachments.AddRange(p.Attachments.Select(a => new AttachmentRow { MediaId = a.MediaId, Caption = a.Caption }));
        return form;
    }

    public SavePostRequest ToRequest(int? version) => new(
        UnitId,
        Title,
        Summary,
        BodyHtml,
        Format.ToString(),
        TopicIds.ToList(),
        (Tags ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        CoverMediaId,
        CoverAlt,
        SourceCredit,
        Attachments.Where(a => a.MediaId is not null).Select(a => new AttachmentRequest(a.MediaId, a.Caption)).ToList(),
        VideoUrl,
        AuthorName,
        version);
}
