using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkiaSharp;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Seeding;

/// <summary>
/// Cover images for the demo posts, one per topic: drawn at seed time (a gradient in the
/// federation's red or blue, a gold bar, the topic's name; the publisher is the entry's credit),
/// then processed and stored exactly as an upload is (re-encoded, card and thumb variants,
/// content-addressed under the media folder) and entered in the federation's media library with
/// their alt text. Six small JPEGs: well under a second on a slow machine.
/// </summary>
internal sealed class DemoCovers(AppDbContext db, IMediaStorage storage, IOptions<MediaOptions> options, TimeProvider time)
{
    public const int Width = 960;
    public const int Height = 540;

    private static readonly (SKColor From, SKColor To)[] Palettes =
    [
        (new SKColor(0x8E, 0x0E, 0x0E), new SKColor(0xD3, 0x2F, 0x2F)),
        (new SKColor(0x7A, 0x10, 0x10), new SKColor(0xC6, 0x4B, 0x1A)),
        (new SKColor(0x0B, 0x3C, 0x7D), new SKColor(0x1E, 0x6F, 0xC2)),
        (new SKColor(0x12, 0x4E, 0x3A), new SKColor(0x2E, 0x8B, 0x57)),
        (new SKColor(0x06, 0x4E, 0x5A), new SKColor(0x16, 0x8A, 0x9A)),
        (new SKColor(0x1F, 0x2D, 0x6B), new SKColor(0x8E, 0x1B, 0x2E)),
    ];

    private static readonly SKColor Gold = new(0xFF, 0xD5, 0x4F);

    // Looked up once: a font lookup goes through fontconfig.
    private static readonly Lazy<SKTypeface> Typeface = new(() => SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default);

    /// <summary>Draws, stores and enters one cover per topic; answers topic id → (media id, alt text).</summary>
    public async Task<Dictionary<int, (long MediaId, string Alt)>> CreateAsync(int unitId, string publisher, IReadOnlyList<(int Id, string Name)> topics, CancellationToken ct)
    {
        var assets = new List<(int TopicId, MediaAsset Asset)>();
        var paths = topics.Select(_ => MediaTempFiles.NewPath()).ToArray();
        // Drawing and encoding is CPU work: every cover at once, one per core.
        var drawn = await Task.WhenAll(topics.Select((t, i) => Task.Run(
            async () =>
            {
                await File.WriteAllBytesAsync(paths[i], Draw(ShortName(t.Name), Palettes[i % Palettes.Length]), ct);
                return ImageProcessor.Process(paths[i], DetectedType.Jpeg, options.Value);
            },
            ct)));
        for (var i = 0; i < topics.Count; i++)
        {
            var (topicId, name) = topics[i];
            var label = ShortName(name);
            var path = paths[i];
            try
            {
                using var image = drawn[i];
                await storage.PutAsync(image.Original.StoredName, image.Original.Path, ct);
                await storage.PutAsync(image.Card.StoredName, image.Card.Path, ct);
                await storage.PutAsync(image.Thumb.StoredName, image.Thumb.Path, ct);
                var asset = new MediaAsset
                {
                    UnitId = unitId,
                    Kind = MediaKind.Image,
                    ContentType = image.Original.ContentType,
                    FileName = VietnameseText.Slugify(label, 60) + ".jpg",
                    SearchText = string.Empty,
                    Sha256 = image.Original.Sha256,
                    StoredName = image.Original.StoredName,
                    CardName = image.Card.StoredName,
                    ThumbName = image.Thumb.StoredName,
                    Length = image.Original.Length,
                    Width = image.Width,
                    Height = image.Height,
                    AltText = Messages.Get("PortalDemoCoverAlt", label),
                    Credit = publisher,
                    CreatedAt = time.GetUtcNow().UtcDateTime,
                };
                asset.RefreshSearch();
                assets.Add((topicId, asset));
            }
            finally
            {
                MediaTempFiles.Delete(path);
            }
        }

        db.AddRange(assets.Select(a => a.Asset));
        await db.SaveChangesAsync(ct);
        return assets.ToDictionary(a => a.TopicId, a => (a.Asset.Id, a.Asset.AltText!));
    }

    /// <summary>The topic's name up to its first comma when that still says enough ("Chính sách, pháp luật" stays whole).</summary>
    internal static string ShortName(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var shortName = comma > 12 ? name[..comma] : name;
        return shortName.Length > 0 ? char.ToUpper(shortName[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + shortName[1..] : shortName;
    }

    internal static byte[] Draw(string label, (SKColor From, SKColor To) palette)
    {
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            using (var background = new SKPaint { IsAntialias = true })
            {
                background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, Height), new SKPoint(Width, 0), [palette.From, palette.To], SKShaderTileMode.Clamp);
                canvas.DrawRect(0, 0, Width, Height, background);
            }

            // Soft rings on the right, like ripples: texture without competing with the words.
            using (var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 30, Color = new SKColor(255, 255, 255, 22) })
            {
                for (var r = 100; r <= 500; r += 80)
                {
                    canvas.DrawCircle(Width - 100, 110, r, ring);
                }
            }

            // Everything centred in a narrow column: a phone list crops the cover to a tall square
            // (about 40% of its width), and the words must survive that.
            var typeface = Typeface.Value;
            using var white = new SKPaint { IsAntialias = true, Color = SKColors.White };
            using var gold = new SKPaint { IsAntialias = true, Color = Gold };
            using var big = new SKFont(typeface, 46);
            var lines = Wrap(label, big, 344);
            const float lineHeight = 56;
            var blockHeight = 10 + 24 + (lines.Count * lineHeight);
            var top = (Height - blockHeight) / 2;
            canvas.DrawRect((Width / 2f) - 48, top, 96, 10, gold);
            var y = top + 10 + 24 + 42;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Width / 2f, y, SKTextAlign.Center, big, white);
                y += lineHeight;
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 92);
        return data.ToArray();
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
