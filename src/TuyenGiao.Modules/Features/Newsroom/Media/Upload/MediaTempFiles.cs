namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>Temporary files of uploads being checked and processed (in the system temp folder).</summary>
internal static class MediaTempFiles
{
    public static string NewPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tuyengiao-media");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N") + ".part");
    }

    public static void Delete(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
