using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.UnitTests.Features.Newsroom.Media;

public sealed class ContentSnifferTests
{
    private static readonly MediaOptions Options = new();

    [Fact]
    public async Task Recognises_png_jpeg_pdf_mp4_and_docx_by_content()
    {
        Assert.Same(DetectedType.Png, (await SpoolAsync(MediaSamples.Png())).Type);
        Assert.Same(DetectedType.Jpeg, (await SpoolAsync(MediaSamples.Jpeg())).Type);
        Assert.Same(DetectedType.Pdf, (await SpoolAsync(MediaSamples.Pdf())).Type);
        Assert.Same(DetectedType.Mp4, (await SpoolAsync(MediaSamples.Mp4())).Type);
        Assert.Same(DetectedType.Docx, (await SpoolAsync(MediaSamples.Docx())).Type);
    }

    [Fact]
    public void Recognises_webp_riff_header()
    {
        byte[] head = [.. "RIFF"u8.ToArray(), 0x24, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()];
        Assert.Same(DetectedType.WebP, ContentSniffer.Detect(head));
    }

    [Fact]
    public async Task Refuses_an_exe_renamed_jpg_with_a_vietnamese_reason()
    {
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync(MediaSamples.Exe()));
        Assert.Equal(400, problem.Status);
        Assert.Contains("chương trình", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("svg")]
    public async Task Refuses_markup_that_could_run_in_the_browser(string kind)
    {
        var bytes = kind == "html" ? MediaSamples.Html() : MediaSamples.Svg();
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync(bytes));
        Assert.Contains("SVG, HTML", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_docm_with_macros()
    {
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync(MediaSamples.Docx(macros: true)));
        Assert.Contains("macro", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_zip_that_is_not_a_word_document()
    {
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync(MediaSamples.Zip()));
        Assert.Contains(".docx", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_plain_text_gif_quicktime_and_empty_files()
    {
        await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync("xin chào"u8.ToArray()));
        await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync("GIF89a\u0001\0\u0001\0"u8.ToArray()));
        await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync([0, 0, 0, 0x14, .. "ftypqt  "u8.ToArray(), 0, 0, 0, 0]));
        await Assert.ThrowsAsync<AppProblemException>(() => SpoolAsync([]));
    }

    [Fact]
    public async Task Stops_reading_at_the_size_limit_of_the_kind_with_413_and_leaves_no_temp_file()
    {
        var options = new MediaOptions { MaxVideoBytes = 10_000 };
        var input = new CountingStream(MediaSamples.Mp4(1_000_000));
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => MediaSpooler.SpoolAsync(input, options));
        Assert.Equal(413, problem.Status);
        Assert.Contains("video", problem.Detail, StringComparison.Ordinal);
        Assert.True(input.Position < 200_000, $"read {input.Position} bytes of a file far over the limit");
    }

    [Fact]
    public async Task Applies_each_kind_its_own_limit()
    {
        var options = new MediaOptions { MaxImageBytes = 100, MaxDocumentBytes = 1_000_000 };
        var problem = await Assert.ThrowsAsync<AppProblemException>(() => MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Png()), options));
        Assert.Contains(MessagesFor(MediaKind.Image), problem.Detail, StringComparison.Ordinal);
        using var pdf = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Pdf()), options);
        Assert.Equal(MediaSamples.Pdf().Length, pdf.Length);
    }

    [Fact]
    public async Task Temp_file_goes_away_on_dispose()
    {
        var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(MediaSamples.Pdf()), Options);
        Assert.True(File.Exists(spooled.Path));
        spooled.Dispose();
        Assert.False(File.Exists(spooled.Path));
    }

    private static string MessagesFor(MediaKind kind) => Messages.Get("MediaKind" + kind);

    private static async Task<SpooledUpload> SpoolAsync(byte[] bytes)
    {
        var spooled = await MediaSpooler.SpoolAsync(new MemoryStream(bytes), Options);
        spooled.Dispose(); // the type is all these tests look at
        return spooled;
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes);
}
