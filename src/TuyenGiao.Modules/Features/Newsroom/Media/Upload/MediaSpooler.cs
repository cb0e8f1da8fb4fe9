using System.Buffers;
using System.Globalization;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Streams an upload to a temporary file: its first bytes decide the type (and so the size
/// limit), the rest is copied in 80 KB pieces and the copy stops as soon as the limit is passed,
/// so neither memory nor disk holds more than the limit allows.
/// </summary>
public static class MediaSpooler
{
    public static async Task<SpooledUpload> SpoolAsync(Stream input, MediaOptions options, CancellationToken ct = default)
    {
        var head = new byte[ContentSniffer.HeadLength];
        var headLength = 0;
        int read;
        while (headLength < head.Length && (read = await input.ReadAsync(head.AsMemory(headLength), ct)) > 0)
        {
            headLength += read;
        }

        var type = ContentSniffer.Detect(head.AsSpan(0, headLength));
        var limit = options.MaxBytes(type.Kind);
        var path = MediaTempFiles.NewPath();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long length = headLength;
            await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await output.WriteAsync(head.AsMemory(0, headLength), ct);
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > limit)
                    {
                        throw TooLarge(type.Kind, limit);
                    }

                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            if (length > limit)
            {
                throw TooLarge(type.Kind, limit);
            }

            if (type == DetectedType.Docx)
            {
                DocxInspector.EnsureWordDocument(path);
            }

            return new SpooledUpload(path, length, type);
        }
        catch
        {
            MediaTempFiles.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>413 with the limit of the kind in MB, in Vietnamese.</summary>
    public static AppProblemException TooLarge(MediaKind kind, long limit) =>
        new(
            413,
            Messages.Get("MediaTooLargeTitle"),
            Messages.Get("MediaTooLarge", Messages.Get("MediaKind" + kind), (limit / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture)),
            [new FieldError("file", Messages.Get("MediaTooLarge", Messages.Get("MediaKind" + kind), (limit / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture)))]);
}
