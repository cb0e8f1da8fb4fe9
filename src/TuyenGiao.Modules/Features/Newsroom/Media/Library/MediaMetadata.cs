namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>What a person writes about a file: alternative text (for people who cannot see the image), caption, credit.</summary>
public sealed record MediaMetadata(string? AltText, string? Caption, string? Credit);
