namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>An agreement with a partner: period, value in đồng, terms and a link to the signed file.</summary>
public sealed record SaveAgreementRequest(
    string? Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    long? Value,
    string? Terms,
    string? AttachmentUrl);
