using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Storage;

/// <summary>
/// Files in a local folder (<c>Media:Root</c>, default <c>./data/media</c>), sharded by the first
/// two hex characters of the name (<c>3f/3f…a9.webp</c>). Written to a temporary file in the
/// same folder and renamed into place, so a crash never leaves half a file under a real name.
/// Files get no execute bit.
/// </summary>
internal sealed class LocalMediaStorage(IOptions<MediaOptions> options) : IMediaStorage
{
    private const UnixFileMode NotExecutable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public string Root { get; } = Path.GetFullPath(options.Value.Root);

    public Task<bool> ExistsAsync(string storedName, CancellationToken ct = default) =>
        Task.FromResult(File.Exists(PathOf(storedName)));

    public async Task PutAsync(string storedName, string sourcePath, CancellationToken ct = default)
    {
        var target = PathOf(storedName);
        if (File.Exists(target))
        {
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await using (var output = new FileStream(temp, CreateOptions()))
            {
                await source.CopyToAsync(output, ct);
                await output.FlushAsync(ct);
                output.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another upload of the same content won the race: same name, same bytes.
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default)
    {
        var path = PathOf(storedName);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    private string PathOf(string storedName)
    {
        if (!StoredNames.IsValid(storedName))
        {
            throw new ArgumentException("Not a generated media name.", nameof(storedName));
        }

        return Path.Combine(Root, storedName[..2], storedName);
    }

    private static FileStreamOptions CreateOptions()
    {
        var o = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            o.UnixCreateMode = NotExecutable;
        }

        return o;
    }
}
