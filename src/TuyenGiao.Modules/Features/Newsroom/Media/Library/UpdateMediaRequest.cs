namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>Body of <c>PUT /api/v1/media/{id}</c>: the texts of an entry (the file itself never changes).</summary>
public sealed record UpdateMediaRequest(string? AltText, string? Caption, string? Credit);
