using TuyenGiao.Modules.Features.Planning.MediaPartners;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The agreement form's state.</summary>
internal sealed class AgreementForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public long? Value { get; set; }

    public string? Terms { get; set; }

    public string? AttachmentUrl { get; set; }

    public static AgreementForm From(MediaAgreementItem a) => new()
    {
        Id = a.Id,
        Title = a.Title,
        StartDate = PlanForm.ToDateTime(a.StartDate),
        EndDate = PlanForm.ToDateTime(a.EndDate),
        Value = a.Value,
        Terms = a.Terms,
        AttachmentUrl = a.AttachmentUrl,
    };

    public SaveAgreementRequest ToRequest() => new(Title, PlanForm.ToDate(StartDate), PlanForm.ToDate(EndDate), Value, Terms, AttachmentUrl);
}
