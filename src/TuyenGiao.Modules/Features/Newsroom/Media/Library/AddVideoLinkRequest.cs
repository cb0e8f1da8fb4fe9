namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>Body of <c>POST /api/v1/media/links</c>: a YouTube or Facebook video address for the unit's library.</summary>
public sealed record AddVideoLinkRequest(int? UnitId, string? Url, string? AltText = null, string? Caption = null, string? Credit = null);
