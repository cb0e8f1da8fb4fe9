using SkiaSharp;
using TuyenGiao.Modules.Features.Newsroom.Media;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.UnitTests.Features.Newsroom.Media;

public sealed class ImageProcessorTests
{
    private static readonly MediaOptions Options = new();

    [Fact]
    public async Task Strips_exif_and_gps_and_turns_the_photo_upright()
    {
        var source = MediaSamples.JpegWithExifGps(40, 20, orientation: 6);
        Assert.True(MediaSamples.HasExif(source)); // the sample really carries it

        using var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(source), Options);
        using var image = ImageProcessor.Process(spooled.Path, spooled.Type, Options);

        var stored = await File.ReadAllBytesAsync(image.Original.Path);
        Assert.False(MediaSamples.HasExif(stored));
        Assert.Equal("jpg", image.Original.Extension);
        Assert.Equal((20, 40), (image.Width, image.Height));

        // Orientation 6: the left (red) half of the stored pixels is the top once turned.
        using var decoded = SKBitmap.Decode(stored);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
        Assert.True(decoded.GetPixel(10, 5).Red > 200 && decoded.GetPixel(10, 5).Blue < 80, $"top is {decoded.GetPixel(10, 5)}");
        Assert.True(decoded.GetPixel(10, 35).Blue > 200 && decoded.GetPixel(10, 35).Red < 80, $"bottom is {decoded.GetPixel(10, 35)}");
    }

    [Fact]
    public async Task Makes_card_and_thumb_variants_no_wider_than_800_and_320()
    {
        using var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png(1000, 500)), Options);
        using var image = ImageProcessor.Process(spooled.Path, spooled.Type, Options);

        Assert.Equal("png", image.Original.Extension);
        using var card = SKBitmap.Decode(image.Card.Path);
        using var thumb = SKBitmap.Decode(image.Thumb.Path);
        Assert.Equal((800, 400), (card.Width, card.Height));
        Assert.Equal((320, 160), (thumb.Width, thumb.Height));
        Assert.Equal(ImageProcessor.CanWriteWebP ? "webp" : "jpg", image.Card.Extension);
        Assert.Matches("^[0-9a-f]{64}$", image.Card.Sha256);
        Assert.NotEqual(image.Card.Sha256, image.Thumb.Sha256);
    }

    [Fact]
    public async Task Same_picture_gives_the_same_content_address()
    {
        using var first = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png()), Options);
        using var second = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png()), Options);
        using var a = ImageProcessor.Process(first.Path, first.Type, Options);
        using var b = ImageProcessor.Process(second.Path, second.Type, Options);
        Assert.Equal(a.Original.StoredName, b.Original.StoredName);
    }

    [Fact]
    public async Task Refuses_an_image_over_the_pixel_limit_before_decoding()
    {
        var options = new MediaOptions { MaxImagePixels = 1000 };
        using var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png(100, 100)), options);
        var problem = Assert.Throws<AppProblemException>(() => ImageProcessor.Process(spooled.Path, spooled.Type, options));
        Assert.Contains("100×100", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_truncated_image_header()
    {
        using var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png().Take(20).ToArray()), Options);
        Assert.Throws<AppProblemException>(() => ImageProcessor.Process(spooled.Path, spooled.Type, Options));
    }

    [Fact]
    public void This_build_writes_webp()
    {
        Assert.True(ImageProcessor.CanWriteWebP);
    }
}
