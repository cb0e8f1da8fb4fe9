using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace TuyenGiao.Modules.Shared.Text;

/// <summary>
/// Rich text (HTML written in the back-office editor or pasted from Word) made safe to store and
/// show: sanitised on the server with HtmlSanitizer, normalised to NFC, and reduced to plain text
/// for search, feeds and social posts.
/// </summary>
public static class RichText
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "BLOCKQUOTE", "FIGCAPTION", "FIGURE", "TABLE", "UL", "OL", "SECTION", "ARTICLE", "PRE",
    };

    /// <summary>Sanitised, NFC-normalised HTML; empty for null.</summary>
    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        return VietnameseText.Nfc(Sanitizer.Sanitize(html)) ?? string.Empty;
    }

    /// <summary>The text a reader sees, paragraphs separated by blank lines, white space collapsed inside them.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var sb = new StringBuilder();
        Walk(document.Body!, sb);
        var paragraphs = sb.ToString()
            .Split('\n')
            .Select(VietnameseText.CleanLine)
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement { TagName: "BR" }:
                    sb.Append('\n');
                    break;
                case IElement { TagName: "SCRIPT" or "STYLE" }:
                    break;
                case IElement element:
                    var block = BlockTags.Contains(element.TagName);
                    if (block)
                    {
                        sb.Append('\n');
                    }
                    else if (element.TagName is "TD" or "TH")
                    {
                        sb.Append(' ');
                    }

                    Walk(element, sb);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedTags.Add("section");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("id");
        return sanitizer;
    }
}
