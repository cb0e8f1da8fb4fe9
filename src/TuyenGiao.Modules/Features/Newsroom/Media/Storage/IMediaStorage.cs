namespace TuyenGiao.Modules.Features.Newsroom.Media.Storage;

/// <summary>
/// Where media bytes live, addressed by generated content names (<see cref="StoredNames"/>). A
/// local folder by default (<see cref="LocalMediaStorage"/>); a multi-node deployment plugs in a
/// store every node shares (PostgreSQL large objects or an S3-compatible service) behind this
/// same interface. Files are never deleted by the library: content addresses are shared.
/// </summary>
public interface IMediaStorage
{
    Task<bool> ExistsAsync(string storedName, CancellationToken ct = default);

    /// <summary>
    /// Stores the file at <paramref name="sourcePath"/> under <paramref name="storedName"/>
    /// atomically (readers see all of it or nothing). Keeps the existing file when the name is
    /// already stored: same name, same content.
    /// </summary>
    Task PutAsync(string storedName, string sourcePath, CancellationToken ct = default);

    /// <summary>A readable, seekable stream of the stored file; null when it is not stored.</summary>
    Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default);
}
