namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>A file ready to store: a temporary path, its SHA-256 (hex) and extension.</summary>
public sealed record ProcessedFile(string Path, string Sha256, string Extension, string ContentType, long Length)
{
    public string StoredName => Storage.StoredNames.Create(Sha256, Extension);
}
