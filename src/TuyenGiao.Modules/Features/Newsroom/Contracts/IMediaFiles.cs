namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>Read access to the media library for other modules (portal pages, channel adapters).</summary>
public interface IMediaFiles
{
    Task<MediaFileInfo?> GetAsync(long id, CancellationToken ct = default);

    Task<IReadOnlyDictionary<long, MediaFileInfo>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default);

    /// <summary>The stored bytes (the original, or a named variant "card"/"thumb"); null when unknown.</summary>
    Task<Stream?> OpenReadAsync(long id, string? variant = null, CancellationToken ct = default);
}
