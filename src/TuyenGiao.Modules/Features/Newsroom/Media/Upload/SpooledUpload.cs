namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>An upload written to a temporary file, its type known from its content; the file goes away on dispose.</summary>
public sealed class SpooledUpload(string path, long length, DetectedType type) : IDisposable
{
    public string Path { get; } = path;

    public long Length { get; } = length;

    public DetectedType Type { get; } = type;

    public void Dispose() => MediaTempFiles.Delete(Path);
}
