using TuyenGiao.Modules.Features.Newsroom.Media.Upload;

namespace TuyenGiao.UnitTests.Features.Newsroom.Media;

public sealed class VideoLinksTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc")]
    [InlineData("youtube.com/shorts/dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ")]
    public void Normalises_youtube_links_to_the_privacy_enhanced_embed(string url)
    {
        var link = VideoLinks.Parse(url);
        Assert.NotNull(link);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", link.EmbedUrl);
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link.SourceUrl);
    }

    [Theory]
    [InlineData("https://www.facebook.com/congdoanvietnam/videos/1234567890123/", "https://www.facebook.com/congdoanvietnam/videos/1234567890123/")]
    [InlineData("https://m.facebook.com/congdoanvietnam/videos/dai-hoi-cong-doan/1234567890123", "https://www.facebook.com/congdoanvietnam/videos/1234567890123/")]
    [InlineData("https://www.facebook.com/watch/?v=1234567890123", "https://www.facebook.com/watch/?v=1234567890123")]
    [InlineData("https://www.facebook.com/reel/1234567890123", "https://www.facebook.com/reel/1234567890123")]
    [InlineData("https://fb.watch/abcDEF12/", "https://fb.watch/abcDEF12/")]
    public void Normalises_facebook_links_to_the_video_plugin(string url, string href)
    {
        var link = VideoLinks.Parse(url);
        Assert.NotNull(link);
        Assert.Equal(href, link.SourceUrl);
        Assert.Equal("https://www.facebook.com/plugins/video.php?href=" + Uri.EscapeDataString(href) + "&show_text=false", link.EmbedUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://vimeo.com/123456")]
    [InlineData("https://www.youtube.com/playlist?list=PL123")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.facebook.com/congdoanvietnam")]
    [InlineData("ftp://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    public void Refuses_anything_else(string url)
    {
        Assert.Null(VideoLinks.Parse(url));
    }
}
