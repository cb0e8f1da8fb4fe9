using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace TuyenGiao.Modules.Shared.Text;

/// <summary>
/// Rich text (HTML written in the back-office editor or pasted from Word) made safe to store and
/// show: sanitised on the server with HtmlSanitizer, normalised to NFC, and reduced to plain text
/// for search, feeds and social posts.
/// </summary>
public static partial class RichText
{
    // Declared before the sanitizer: static fields initialise in order.
    private static readonly string[] AllowedCss =
    [
        "text-align", "text-decoration", "font-weight", "font-style", "vertical-align", "list-style-type", "width", "height", "border-collapse",
    ];

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

        var sanitized = Sanitizer.Sanitize(WordHtml.Prepare(html));
        return VietnameseText.Nfc(WordHtml.Tidy(sanitized)) ?? string.Empty;
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

        // Word's mso-* properties, fonts, colours and sizes go; what carries meaning in an article stays.
        sanitizer.AllowedCssProperties.Clear();
        foreach (var property in AllowedCss)
        {
            sanitizer.AllowedCssProperties.Add(property);
        }

        // Images pasted as data (a screenshot, an image copied from a page) are kept; file:/// images from Word cannot be read and go.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag?.TagName == "IMG" && e.SanitizedUrl is null && DataImage().IsMatch(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        return sanitizer;
    }

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DataImage();

    /// <summary>
    /// What Word puts on the clipboard, made into plain article HTML: its fake lists (paragraphs
    /// with <c>mso-list</c> and a typed bullet) become real lists, its Title/Subtitle paragraphs
    /// headings, its Mso classes, bookmarks and empty spans go. Runs around the sanitizer.
    /// </summary>
    private static partial class WordHtml
    {
        public static string Prepare(string html)
        {
            if (!html.Contains("mso", StringComparison.OrdinalIgnoreCase) && !html.Contains("urn:schemas-microsoft-com", StringComparison.OrdinalIgnoreCase))
            {
                return html;
            }

            var document = Parser.ParseDocument(html.Contains("<body", StringComparison.OrdinalIgnoreCase) ? html : "<body>" + html + "</body>");
            var body = document.Body!;
            RemoveSupportListsBlocks(body);
            foreach (var element in body.QuerySelectorAll("[class]").ToList())
            {
                var classes = element.ClassList.ToList();
                if (classes.Any(c => c.Equals("MsoTitle", StringComparison.OrdinalIgnoreCase)))
                {
                    Rename(element, "h1");
                }
                else if (classes.Any(c => c.Equals("MsoSubtitle", StringComparison.OrdinalIgnoreCase)))
                {
                    Rename(element, "h2");
                }
            }

            ConvertFakeLists(body);
            foreach (var element in body.QuerySelectorAll("[class]").ToList())
            {
                foreach (var c in element.ClassList.Where(c => c.StartsWith("mso", StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    element.ClassList.Remove(c);
                }

                if (element.ClassList.Length == 0)
                {
                    element.RemoveAttribute("class");
                }
            }

            return body.InnerHtml;
        }

        /// <summary>After sanitising: unwraps spans and anchors left without attributes, drops images left without a source.</summary>
        public static string Tidy(string html)
        {
            if (!html.Contains("<span", StringComparison.Ordinal) && !html.Contains("<img", StringComparison.Ordinal) && !html.Contains("<a", StringComparison.Ordinal))
            {
                return html;
            }

            var document = Parser.ParseDocument("<body>" + html + "</body>");
            var body = document.Body!;
            var changed = false;
            foreach (var img in body.QuerySelectorAll("img").Where(i => string.IsNullOrEmpty(i.GetAttribute("src"))).ToList())
            {
                img.Remove();
                changed = true;
            }

            foreach (var element in body.QuerySelectorAll("span, a, font").ToList())
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name is "style" or "class" && string.IsNullOrWhiteSpace(a.Value)).ToList())
                {
                    element.RemoveAttribute(attribute.Name);
                    changed = true;
                }

                var bare = element.TagName == "A"
                    ? !element.HasAttribute("href")
                    : element.Attributes.All(a => a.Name == "lang");
                if (bare)
                {
                    Unwrap(element);
                    changed = true;
                }
            }

            return changed ? body.InnerHtml : html;
        }

        private static void RemoveSupportListsBlocks(IElement body)
        {
            // <![if !supportLists]>1.<![endif]> (parsed as comments) around the typed bullet, and spans marked mso-list:Ignore.
            foreach (var comment in body.Descendants<IComment>().Where(c => c.Data.Contains("if !supportLists", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                var node = comment.NextSibling;
                while (node is not null && !(node is IComment end && end.Data.Contains("endif", StringComparison.OrdinalIgnoreCase)))
                {
                    var next = node.NextSibling;
                    if (node is IElement bullet)
                    {
                        bullet.SetAttribute("data-word-bullet", bullet.TextContent);
                    }

                    node = next;
                }
            }

            foreach (var span in body.QuerySelectorAll("span[style*='mso-list']").ToList())
            {
                if (MsoListIgnore().IsMatch(span.GetAttribute("style") ?? string.Empty))
                {
                    span.SetAttribute("data-word-bullet", span.TextContent);
                }
            }
        }

        private static void ConvertFakeLists(IElement body)
        {
            var paragraphs = body.QuerySelectorAll("p[style*='mso-list'], p[class*='MsoList']").ToList();
            var stack = new List<IElement>();
            IElement? previous = null;
            foreach (var p in paragraphs)
            {
                var style = p.GetAttribute("style") ?? string.Empty;
                var levelMatch = ListLevel().Match(style);
                var bulletElement = p.QuerySelector("[data-word-bullet]");
                if (!levelMatch.Success && bulletElement is null)
                {
                    continue;
                }

                var level = levelMatch.Success ? int.Parse(levelMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                var bullet = VietnameseText.CleanLine(bulletElement?.GetAttribute("data-word-bullet"));
                var ordered = OrderedBullet().IsMatch(bullet);
                foreach (var marker in p.QuerySelectorAll("[data-word-bullet]").ToList())
                {
                    marker.Remove();
                }

                if (previous is null || !IsNextElement(previous, p))
                {
                    stack.Clear();
                }

                while (stack.Count > level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                while (stack.Count < level)
                {
                    var list = body.Owner!.CreateElement(ordered ? "ol" : "ul");
                    if (stack.Count == 0)
                    {
                        p.Parent!.InsertBefore(list, p);
                    }
                    else
                    {
                        var parentList = stack[^1];
                        var host = parentList.LastElementChild ?? parentList.AppendChild(body.Owner!.CreateElement("li")) as IElement;
                        host!.AppendChild(list);
                    }

                    stack.Add(list);
                }

                var item = body.Owner!.CreateElement("li");
                while (p.FirstChild is { } child)
                {
                    item.AppendChild(child);
                }

                stack[^1].AppendChild(item);
                p.Remove();
                previous = item;
            }

            foreach (var marker in body.QuerySelectorAll("[data-word-bullet]").ToList())
            {
                marker.RemoveAttribute("data-word-bullet");
            }
        }

        /// <summary>True when only white space separates the two nodes.</summary>
        private static bool IsNextElement(INode previous, INode next)
        {
            var root = previous;
            while (root.Parent is IElement { TagName: "LI" or "OL" or "UL" } parent)
            {
                root = parent;
            }

            var node = root.NextSibling;
            while (node is IText text && string.IsNullOrWhiteSpace(text.Data))
            {
                node = node.NextSibling;
            }

            return ReferenceEquals(node, next);
        }

        private static void Rename(IElement element, string tag)
        {
            var replacement = element.Owner!.CreateElement(tag);
            while (element.FirstChild is { } child)
            {
                replacement.AppendChild(child);
            }

            element.Replace(replacement);
        }

        private static void Unwrap(IElement element)
        {
            var parent = element.Parent!;
            while (element.FirstChild is { } child)
            {
                parent.InsertBefore(child, element);
            }

            element.Remove();
        }

        [GeneratedRegex("mso-list\\s*:\\s*ignore", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex MsoListIgnore();

        [GeneratedRegex("level(\\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex ListLevel();

        [GeneratedRegex("^\\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]", RegexOptions.CultureInvariant)]
        private static partial Regex OrderedBullet();
    }
}
