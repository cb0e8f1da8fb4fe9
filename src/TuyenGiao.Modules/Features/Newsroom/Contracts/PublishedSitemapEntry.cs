namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>A published post's address and when it last changed (for sitemap.xml).</summary>
public sealed record PublishedSitemapEntry(string Url, DateTime LastModified);
