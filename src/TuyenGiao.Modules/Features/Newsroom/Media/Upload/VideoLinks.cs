using System.Text.RegularExpressions;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Recognises YouTube and Facebook video addresses in the forms people paste (watch, youtu.be,
/// shorts, live, embed; page videos, watch?v=, video.php?v=, reel, fb.watch) and normalises them
/// to an embed address. Anything else — other sites, playlists, channels, javascript: — is null.
/// </summary>
public static partial class VideoLinks
{
    public static VideoLink? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MediaLimits.UrlMaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !uri.IsDefaultPort || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return host switch
        {
            "youtu.be" => YouTube(segments.FirstOrDefault()),
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "music.youtube.com" or "youtube-nocookie.com" or "www.youtube-nocookie.com" => YouTube(YouTubeId(uri, segments)),
            "facebook.com" or "www.facebook.com" or "m.facebook.com" or "web.facebook.com" or "mbasic.facebook.com" => Facebook(FacebookHref(uri, segments)),
            "fb.watch" => segments.Length == 1 && ShortCode().IsMatch(segments[0]) ? Facebook($"https://fb.watch/{segments[0]}/") : null,
            _ => null,
        };
    }

    private static string? YouTubeId(Uri uri, string[] segments)
    {
        if (segments.Length == 1 && segments[0] == "watch")
        {
            return Query(uri, "v");
        }

        return segments.Length == 2 && segments[0] is "embed" or "shorts" or "live" or "v" ? segments[1] : null;
    }

    private static VideoLink? YouTube(string? id) =>
        id is not null && YouTubeIdPattern().IsMatch(id)
            ? new VideoLink("YouTube", $"https://www.youtube-nocookie.com/embed/{id}", $"https://www.youtube.com/watch?v={id}")
            : null;

    private static string? FacebookHref(Uri uri, string[] segments)
    {
        // /watch/?v=ID, /video.php?v=ID
        if (segments.Length == 1 && segments[0] is "watch" or "video.php" && Query(uri, "v") is { } v && Digits().IsMatch(v))
        {
            return $"https://www.facebook.com/watch/?v={v}";
        }

        // /reel/ID
        if (segments.Length == 2 && segments[0] == "reel" && Digits().IsMatch(segments[1]))
        {
            return $"https://www.facebook.com/reel/{segments[1]}";
        }

        // /{page}/videos/ID or /{page}/videos/{title}/ID
        if (segments.Length is 3 or 4 && segments[1] == "videos" && PageName().IsMatch(segments[0]) && Digits().IsMatch(segments[^1]))
        {
            return $"https://www.facebook.com/{segments[0]}/videos/{segments[^1]}/";
        }

        return null;
    }

    private static VideoLink? Facebook(string? href) =>
        href is null
            ? null
            : new VideoLink("Facebook", "https://www.facebook.com/plugins/video.php?href=" + Uri.EscapeDataString(href) + "&show_text=false", href);

    private static string? Query(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == name)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubeIdPattern();

    [GeneratedRegex("^[0-9]{5,25}$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageName();

    [GeneratedRegex("^[A-Za-z0-9_-]{4,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortCode();
}
