using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media.Library;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// Images pasted into the editor arrive inside the body as <c>data:</c> addresses (a screenshot,
/// a photo copied from a page or from Word). Stored that way they would bloat every page, feed and
/// revision and could not be reused; on save each one goes through the unit's media library (checked
/// by content, size-limited, re-encoded without metadata, content-addressed) and the body points at
/// the stored file. A pasted file that is not a JPEG, PNG or WebP image is refused with the reason.
/// </summary>
internal static partial class PastedImages
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The body with its pasted images moved to the library; unchanged when it has none.</summary>
    public static async Task<string?> ToLibraryAsync(string? html, int unitId, MediaLibrary library, CancellationToken ct)
    {
        if (html is null || !html.Contains("data:", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        var body = Parser.ParseDocument("<body>" + html + "</body>").Body!;
        var images = body.QuerySelectorAll("img")
            .Where(i => i.GetAttribute("src")?.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        if (images.Count == 0)
        {
            return html;
        }

        var number = 0;
        foreach (var img in images)
        {
            number++;
            var bytes = Decode(img.GetAttribute("src")!) ?? throw Refused(number, Messages.Get("NewsroomPastedImageUnreadable"));
            try
            {
                await using var content = new MemoryStream(bytes, writable: false);
                using var spooled = await MediaSpooler.SpoolAsync(content, library.Options, ct);
                if (spooled.Type.Kind != MediaKind.Image)
                {
                    throw Refused(number, Messages.Get("NewsroomPastedImageUnreadable"));
                }

                var alt = img.GetAttribute("alt");
                var stored = await library.StoreAsync(unitId, spooled, $"anh-dan-{number}.{spooled.Type.Extension}", new MediaMetadata(string.IsNullOrWhiteSpace(alt) ? null : alt, null, null), ct);
                img.SetAttribute("src", stored.Item.Url);
                img.RemoveAttribute("srcset");
                if (stored.Item.Width is { } w && stored.Item.Height is { } h && !img.HasAttribute("width") && !img.HasAttribute("height"))
                {
                    img.SetAttribute("width", w.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    img.SetAttribute("height", h.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (AppProblemException e) when (e.Status is 400 or 413 && e.Errors.All(x => x.Field != "bodyHtml"))
            {
                throw Refused(number, e.Errors.Count > 0 ? e.Errors[0].Message : e.Detail ?? e.Title);
            }
        }

        return body.InnerHtml;
    }

    private static byte[]? Decode(string src)
    {
        var match = DataImage().Match(src.Trim());
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(match.Groups[1].Value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static AppProblemException Refused(int number, string reason) =>
        AppProblemException.Invalid([new FieldError("bodyHtml", Messages.Get("NewsroomPastedImageRefused", number, reason))]);

    [GeneratedRegex("^data:image/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\\s]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataImage();
}
