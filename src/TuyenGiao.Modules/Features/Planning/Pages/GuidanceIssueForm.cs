using TuyenGiao.Modules.Features.Planning.Guidance;
using TuyenGiao.Modules.Features.Planning.ReportForms;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The issue page's state: the guidance and the report form being designed.</summary>
internal sealed class GuidanceIssueForm
{
    public int IssuerUnitId { get; set; }

    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? Content { get; set; }

    /// <summary>One key message a line.</summary>
    public string? KeyMessages { get; set; }

    public DateTime? Deadline { get; set; }

    public List<FieldRow> Fields { get; } = [new() { Label = string.Empty, Unit = string.Empty, Required = true }];

    public List<AttachmentRow> Attachments { get; } = [];

    public IssueGuidanceRequest ToRequest() => new(
        IssuerUnitId,
        Number,
        Title,
        Content,
        (KeyMessages ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Attachments.Select(a => new GuidanceAttachment(a.Name, a.Url)).ToList(),
        Deadline is { } d ? DateOnly.FromDateTime(d) : null,
        "Subtree",
        null,
        Fields.Select(f => new ReportFieldInput(null, f.Label, f.Kind.ToString(), f.Required, f.Kind == ReportFieldKind.Number ? f.Unit : null)).ToList());

    internal sealed class FieldRow
    {
        public string? Label { get; set; }

        public ReportFieldKind Kind { get; set; } = ReportFieldKind.Number;

        public string? Unit { get; set; }

        public bool Required { get; set; }
    }

    internal sealed class AttachmentRow
    {
        public string? Name { get; set; }

        public string? Url { get; set; }
    }
}
