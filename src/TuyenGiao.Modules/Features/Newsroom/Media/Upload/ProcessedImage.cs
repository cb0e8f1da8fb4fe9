namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>An image re-encoded without metadata, with its "card" and "thumb" variants; temporary files deleted on dispose.</summary>
public sealed record ProcessedImage(ProcessedFile Original, ProcessedFile Card, ProcessedFile Thumb, int Width, int Height) : IDisposable
{
    public void Dispose()
    {
        MediaTempFiles.Delete(Original.Path);
        MediaTempFiles.Delete(Card.Path);
        MediaTempFiles.Delete(Thumb.Path);
    }
}
