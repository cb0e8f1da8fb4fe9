using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>
/// Finds the query's words in the original (accented) text by comparing folded forms character by
/// character, and renders HTML-escaped text with the matches wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
internal static class SearchHighlighter
{
    private static readonly ConcurrentDictionary<char, char> Folded = new();

    /// <summary>The query's words, folded (tones and đ removed, lower case), longest first, without repeats.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var folded = VietnameseText.Fold(query);
        var terms = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in folded + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                var term = sb.ToString();
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }

                sb.Clear();
            }
        }

        return [.. terms.OrderByDescending(t => t.Length)];
    }

    /// <summary>The whole text, escaped, with every matched word marked.</summary>
    public static string Highlight(string text, IReadOnlyList<string> terms) => Render(text, 0, text.Length, Matches(text, terms));

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around its first match
    /// (or its start), escaped, with the matches marked and ellipses where cut.
    /// </summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int length = 220)
    {
        var matches = Matches(text, terms);
        if (text.Length <= length)
        {
            return Render(text, 0, text.Length, matches);
        }

        var first = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, first - (length / 3));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start + (length / 2) ? space : end;
        }

        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append("… ");
        }

        sb.Append(Render(text, start, end, matches));
        if (end < text.Length)
        {
            sb.Append(" …");
        }

        return sb.ToString();
    }

    /// <summary>Ranges [Start, End) of <paramref name="text"/> whose folded form is one of the terms, as whole words (neighbours separated by spaces only joined into one range); sorted, not overlapping.</summary>
    public static IReadOnlyList<(int Start, int End)> Matches(string text, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return [];
        }

        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = Fold(text[i]);
        }

        var found = new List<(int Start, int End)>();
        var word = 0;
        while (word < folded.Length)
        {
            while (word < folded.Length && !char.IsLetterOrDigit(folded[word]))
            {
                word++;
            }

            var end = word;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
            {
                end++;
            }

            if (end > word)
            {
                var span = folded.AsSpan(word, end - word);
                foreach (var term in terms)
                {
                    if (span.SequenceEqual(term))
                    {
                        // Neighbouring matches separated by spaces only are one mark: "<mark>Công đoàn</mark>".
                        if (found.Count > 0 && text.AsSpan(found[^1].End, word - found[^1].End).IsWhiteSpace())
                        {
                            found[^1] = (found[^1].Start, end);
                        }
                        else
                        {
                            found.Add((word, end));
                        }

                        break;
                    }
                }
            }

            word = end;
        }

        return found;
    }

    private static string Render(string text, int start, int end, IReadOnlyList<(int Start, int End)> matches)
    {
        var sb = new StringBuilder();
        var at = start;
        foreach (var (s, e) in matches)
        {
            if (e <= start || s >= end)
            {
                continue;
            }

            var from = Math.Max(s, at);
            var to = Math.Min(e, end);
            sb.Append(Escape(text[at..from]));
            sb.Append("<mark>").Append(Escape(text[from..to])).Append("</mark>");
            at = to;
        }

        sb.Append(Escape(text[at..end]));
        return sb.ToString();
    }

    /// <summary>Escapes the five HTML-significant characters and leaves Vietnamese letters readable (unlike WebUtility, which writes &amp;#244;).</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>One character folded like <see cref="VietnameseText.Fold"/> (a lone combining mark or surrogate stays a non-letter).</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return ' ';
        }

        return Folded.GetOrAdd(c, static ch =>
        {
            var f = VietnameseText.Fold(ch.ToString());
            return f.Length == 1 ? f[0] : ' ';
        });
    }
}
