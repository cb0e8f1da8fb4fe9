using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ganss.Xss;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>A guidance's body: HTML goes through the sanitiser; plain text becomes paragraphs.</summary>
internal static class GuidanceContent
{
    private static readonly HtmlSanitizer Sanitizer = new();

    // Vietnamese letters stay letters (the default encoder writes "&#234;" for ê).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Clean(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal))
        {
            return Sanitizer.Sanitize(text).Trim();
        }

        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + Encoder.Encode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>");
        return string.Concat(paragraphs);
    }
}
