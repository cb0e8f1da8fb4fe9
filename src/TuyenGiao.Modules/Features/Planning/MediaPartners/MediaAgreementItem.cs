namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>An agreement; <see cref="Current"/> when today lies within its period.</summary>
public sealed record MediaAgreementItem(
    int Id,
    int PartnerId,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    long Value,
    string? Terms,
    string? AttachmentUrl,
    bool Current);
