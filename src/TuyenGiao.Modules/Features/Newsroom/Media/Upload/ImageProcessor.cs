using System.Security.Cryptography;
using SkiaSharp;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Decodes an uploaded image with SkiaSharp and encodes it again: what is stored carries pixels
/// only — no EXIF (GPS, camera, owner), XMP or foreign ICC profile; colours are converted to
/// sRGB and the EXIF orientation is applied to the pixels first, so the photo stays upright.
/// Images over <see cref="MediaOptions.MaxImagePixels"/> are refused before any pixel is
/// decoded (decompression bombs). Variants "card" (max 800 px wide) and "thumb" (max 320 px)
/// are WebP, or JPEG when this SkiaSharp build cannot write WebP.
/// </summary>
public static class ImageProcessor
{
    public const int CardWidth = 800;
    public const int ThumbWidth = 320;
    private const int OriginalQuality = 90;
    private const int VariantQuality = 80;

    public static ProcessedImage Process(string path, DetectedType type, MediaOptions options)
    {
        using var codec = SKCodec.Create(path) ?? throw ContentSniffer.Refuse("MediaImageUnreadable");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw ContentSniffer.Refuse("MediaImageUnreadable");
        }

        if ((long)info.Width * info.Height > options.MaxImagePixels)
        {
            throw ContentSniffer.Refuse("MediaImageTooManyPixels", info.Width, info.Height, options.MaxImagePixels / 1_000_000);
        }

        var alpha = info.AlphaType == SKAlphaType.Opaque || type == DetectedType.Jpeg ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var decodeInfo = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw ContentSniffer.Refuse("MediaImageUnreadable");
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        var files = new List<string>();
        try
        {
            var format = type == DetectedType.Png ? SKEncodedImageFormat.Png : type == DetectedType.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg;
            var original = Encode(upright, format, type, OriginalQuality, files);
            var card = Variant(upright, CardWidth, files);
            var thumb = Variant(upright, ThumbWidth, files);
            return new ProcessedImage(original, card, thumb, upright.Width, upright.Height);
        }
        catch
        {
            files.ForEach(MediaTempFiles.Delete);
            throw;
        }
    }

    /// <summary>True when this SkiaSharp build writes WebP (the variants' format).</summary>
    public static bool CanWriteWebP { get; } = ProbeWebP();

    private static ProcessedFile Variant(SKBitmap source, int maxWidth, List<string> files)
    {
        var width = Math.Min(maxWidth, source.Width);
        var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
        using var resized = width == source.Width
            ? source.Copy()
            : source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return CanWriteWebP
            ? Encode(resized, SKEncodedImageFormat.Webp, DetectedType.WebP, VariantQuality, files)
            : Encode(resized, SKEncodedImageFormat.Jpeg, DetectedType.Jpeg, VariantQuality, files);
    }

    private static ProcessedFile Encode(SKBitmap bitmap, SKEncodedImageFormat format, DetectedType type, int quality, List<string> files)
    {
        var path = MediaTempFiles.NewPath();
        files.Add(path);
        using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            if (!bitmap.Encode(output, format, quality))
            {
                throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
            }
        }

        string sha;
        using (var input = File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(input));
        }

        return new ProcessedFile(path, sha, type.Extension, type.ContentType, new FileInfo(path).Length);
    }

    /// <summary>The pixels turned as the EXIF orientation says, so viewers that ignore EXIF show the photo upright.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var width = swap ? source.Height : source.Width;
        var height = swap ? source.Width : source.Height;
        var result = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(result);
        float w = source.Width, h = source.Height;

        // x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY (Skia's SkEncodedOriginToMatrix).
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return result;
    }

    private static bool ProbeWebP()
    {
        try
        {
            using var bitmap = new SKBitmap(2, 2);
            using var data = bitmap.Encode(SKEncodedImageFormat.Webp, 80);
            return data is not null && data.Size > 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or DllNotFoundException)
        {
            return false;
        }
    }
}
