namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>Create or replace a media partner; <c>kind</c> is Newspaper, RadioTv, Online or Other.</summary>
public sealed record SaveMediaPartnerRequest(
    int? UnitId,
    string? Name,
    string? Kind,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Website,
    string? Notes);
