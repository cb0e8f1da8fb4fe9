using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TuyenGiao.Modules.Features.Newsroom.Editor;

/// <summary>The legacy 8-bit Vietnamese encodings found in old documents.</summary>
public enum LegacyEncoding
{
    /// <summary>Nothing legacy found: the text is (or looks like) Unicode.</summary>
    Unicode = 0,

    /// <summary>TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial…): one byte per letter, capitals with tones in separate "H" fonts.</summary>
    Tcvn3 = 1,

    /// <summary>VNI-Windows (fonts VNI-Times…): a base letter followed by a byte drawing its marks.</summary>
    VniWindows = 2,
}

/// <summary>What <see cref="LegacyVietnameseText.Detect"/> found: the likely encoding and how sure it is (0–1).</summary>
public sealed record LegacyDetection(LegacyEncoding Encoding, double Confidence)
{
    public bool IsLegacy => Encoding != LegacyEncoding.Unicode;
}

/// <summary>
/// Text typed in the legacy TCVN3 (ABC) or VNI-Windows encodings and pasted as if it were
/// Windows-1252 ("C«ng ®oµn", "Coâng ñoaøn"): detects which encoding it likely is and converts it
/// to Unicode NFC. The code tables are those of the TCVN3 and VNI-Windows fonts (the same tables
/// Unikey and the common converters use). TCVN3 has no capitals with tones (the "H" fonts draw the
/// lower-case codes as capitals), so a toned letter is made a capital when its word is in capitals.
/// </summary>
public static partial class LegacyVietnameseText
{
    /// <summary>Below this confidence a text is not reported as legacy.</summary>
    public const double MinimumConfidence = 0.5;

    // The vowel families in the order [no tone, grave, acute, hook above, tilde, dot below].
    private static readonly string[] UnicodeFamilies =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    // TCVN3: the lower-case letter of each family → its byte (shown as the Windows-1252 character).
    private static readonly string[][] Tcvn3Families =
    [
        ["a", "\u00B5", "\u00B8", "\u00B6", "\u00B7", "\u00B9"],
        ["\u00A8", "\u00BB", "\u00BE", "\u00BC", "\u00BD", "\u00C6"],
        ["\u00A9", "\u00C7", "\u00CA", "\u00C8", "\u00C9", "\u00CB"],
        ["e", "\u00CC", "\u00D0", "\u00CE", "\u00CF", "\u00D1"],
        ["\u00AA", "\u00D2", "\u00D5", "\u00D3", "\u00D4", "\u00D6"],
        ["i", "\u00D7", "\u00DD", "\u00D8", "\u00DC", "\u00DE"],
        ["o", "\u00DF", "\u00E3", "\u00E1", "\u00E2", "\u00E4"],
        ["\u00AB", "\u00E5", "\u00E8", "\u00E6", "\u00E7", "\u00E9"],
        ["\u00AC", "\u00EA", "\u00ED", "\u00EB", "\u00EC", "\u00EE"],
        ["u", "\u00EF", "\u00F3", "\u00F1", "\u00F2", "\u00F4"],
        ["\u00AD", "\u00F5", "\u00F8", "\u00F6", "\u00F7", "\u00F9"],
        ["y", "\u00FA", "\u00FD", "\u00FB", "\u00FC", "\u00FE"],
    ];

    // TCVN3 capitals that exist (without tone): Ă Â Ê Ô Ơ Ư Đ, and đ.
    private static readonly (char Unicode, char Code)[] Tcvn3Singles =
    [
        ('Ă', '\u00A1'), ('Â', '\u00A2'), ('Ê', '\u00A3'), ('Ô', '\u00A4'), ('Ơ', '\u00A5'), ('Ư', '\u00A6'), ('Đ', '\u00A7'), ('đ', '\u00AE'),
    ];

    // VNI-Windows, lower case: a base letter and mark bytes (ø grave, ù acute, û hook, õ tilde, ï dot;
    // â circumflex family, ê breve family), some letters in one byte.
    private static readonly string[][] VniFamilies =
    [
        ["a", "aø", "aù", "aû", "aõ", "aï"],
        ["aê", "aè", "aé", "aú", "aü", "aë"],
        ["aâ", "aà", "aá", "aå", "aã", "aä"],
        ["e", "eø", "eù", "eû", "eõ", "eï"],
        ["eâ", "eà", "eá", "eå", "eã", "eä"],
        ["i", "ì", "í", "æ", "ó", "ò"],
        ["o", "oø", "où", "oû", "oõ", "oï"],
        ["oâ", "oà", "oá", "oå", "oã", "oä"],
        ["ô", "ôø", "ôù", "ôû", "ôõ", "ôï"],
        ["u", "uø", "uù", "uû", "uõ", "uï"],
        ["ö", "öø", "öù", "öû", "öõ", "öï"],
        ["y", "yø", "yù", "yû", "yõ", "î"],
    ];

    private static readonly Dictionary<char, string> UnicodeToTcvn3 = [];
    private static readonly Dictionary<char, char> Tcvn3ToUnicode = [];
    private static readonly Dictionary<char, string> UnicodeToVni = [];
    private static readonly Dictionary<string, char> VniToUnicode = new(StringComparer.Ordinal);
    private static readonly HashSet<char> VniMarks = [];
    private static readonly HashSet<char> VniCodeChars = [];
    private static readonly HashSet<char> Tcvn3DefiniteCapitals = ['\u00A1', '\u00A2', '\u00A3', '\u00A4', '\u00A5', '\u00A6', '\u00A7'];
    private static readonly HashSet<char> Tcvn3DefiniteSmall = ['\u00A8', '\u00A9', '\u00AA', '\u00AB', '\u00AC', '\u00AD', '\u00AE'];

    private static readonly HtmlParser Parser = new();

    static LegacyVietnameseText()
    {
        for (var f = 0; f < UnicodeFamilies.Length; f++)
        {
            for (var t = 0; t < 6; t++)
            {
                var small = UnicodeFamilies[f][t];
                var capital = char.ToUpperInvariant(small);
                var tcvn = Tcvn3Families[f][t];
                if (tcvn[0] >= 0x80)
                {
                    UnicodeToTcvn3[small] = tcvn;
                    Tcvn3ToUnicode[tcvn[0]] = small;

                    // A capital with a tone has no code of its own: the "H" fonts draw the small one as a capital.
                    UnicodeToTcvn3.TryAdd(capital, tcvn);
                }

                var vni = VniFamilies[f][t];
                if (vni != small.ToString())
                {
                    UnicodeToVni[small] = vni;
                    UnicodeToVni[capital] = vni.ToUpperInvariant();
                    VniToUnicode[vni] = small;
                    foreach (var c in vni.Where(c => c >= 0x80))
                    {
                        VniCodeChars.Add(c);
                        VniCodeChars.Add(char.ToUpperInvariant(c));
                    }

                    if (vni.Length == 2)
                    {
                        VniMarks.Add(vni[1]);
                        VniMarks.Add(char.ToUpperInvariant(vni[1]));
                    }
                }
            }
        }

        foreach (var (unicode, code) in Tcvn3Singles)
        {
            UnicodeToTcvn3[unicode] = code.ToString();
            Tcvn3ToUnicode[code] = unicode;
        }

        UnicodeToVni['đ'] = "ñ";
        UnicodeToVni['Đ'] = "Ñ";
        VniToUnicode["ñ"] = 'đ';
        VniCodeChars.Add('ñ');
        VniCodeChars.Add('Ñ');
    }

    /// <summary>Which legacy encoding the text likely uses, with a confidence; Unicode when none is likely.</summary>
    public static LegacyDetection Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new LegacyDetection(LegacyEncoding.Unicode, 1);
        }

        var tcvn3 = Score(text, LegacyEncoding.Tcvn3);
        var vni = Score(text, LegacyEncoding.VniWindows);
        var best = tcvn3.Hits * tcvn3.Confidence >= vni.Hits * vni.Confidence ? tcvn3 : vni;
        if (best.Hits == 0 || best.Confidence < MinimumConfidence)
        {
            var other = Math.Max(tcvn3.Hits > 0 ? tcvn3.Confidence : 0, vni.Hits > 0 ? vni.Confidence : 0);
            return new LegacyDetection(LegacyEncoding.Unicode, Math.Round(1 - other, 2));
        }

        return new LegacyDetection(best.Encoding, Math.Round(best.Confidence, 2));
    }

    /// <summary>Converts legacy text to Unicode NFC; Unicode text is returned NFC-normalised but otherwise unchanged.</summary>
    public static string ToUnicode(string? text, LegacyEncoding encoding)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = encoding switch
        {
            LegacyEncoding.Tcvn3 => DecodeTcvn3(text),
            LegacyEncoding.VniWindows => DecodeVni(text),
            _ => text,
        };
        return result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Encodes Unicode text in a legacy encoding (what an old document holds); the inverse of <see cref="ToUnicode"/>.</summary>
    public static string FromUnicode(string? text, LegacyEncoding encoding)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var map = encoding switch
        {
            LegacyEncoding.Tcvn3 => UnicodeToTcvn3,
            LegacyEncoding.VniWindows => UnicodeToVni,
            _ => null,
        };
        var nfc = text.Normalize(NormalizationForm.FormC);
        if (map is null)
        {
            return nfc;
        }

        var sb = new StringBuilder(nfc.Length * 2);
        foreach (var c in nfc)
        {
            if (map.TryGetValue(c, out var code))
            {
                sb.Append(code);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Converts the text of an HTML fragment (not its tags or attributes) from a legacy encoding to Unicode.</summary>
    public static string ConvertHtml(string? html, LegacyEncoding encoding)
    {
        if (string.IsNullOrEmpty(html) || encoding == LegacyEncoding.Unicode)
        {
            return html ?? string.Empty;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var node in document.Body!.Descendants<IText>().ToList())
        {
            if (node.ParentElement is { TagName: "SCRIPT" or "STYLE" })
            {
                continue;
            }

            node.Data = ToUnicode(node.Data, encoding);
        }

        return document.Body!.InnerHtml;
    }

    /// <summary>The plain text of an HTML fragment, for detection.</summary>
    public static string TextOfHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return string.Join(' ', document.Body!.Descendants<IText>().Select(t => t.Data));
    }

    private static string DecodeTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        var words = new List<(int Start, int Length, bool Strong, bool Weak)>();
        while (i < text.Length)
        {
            if (!IsTcvn3WordChar(text[i]))
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var start = i;
            var capitals = 0;
            var smalls = 0;
            var firstIsCapital = false;
            var toned = 0;
            while (i < text.Length && IsTcvn3WordChar(text[i]))
            {
                var c = text[i];
                var capital = (c is >= 'A' and <= 'Z') || Tcvn3DefiniteCapitals.Contains(c);
                if (capital)
                {
                    capitals++;
                    firstIsCapital |= i == start;
                }
                else if ((c is >= 'a' and <= 'z') || Tcvn3DefiniteSmall.Contains(c))
                {
                    smalls++;
                }
                else if (Tcvn3ToUnicode.ContainsKey(c))
                {
                    toned++;
                }

                sb.Append(Tcvn3ToUnicode.TryGetValue(c, out var u) ? u : c);
                i++;
            }

            var strong = smalls == 0 && toned > 0 && (capitals >= 2 || (capitals == 1 && !firstIsCapital));
            var weak = smalls == 0 && toned > 0 && capitals == 1 && firstIsCapital;
            words.Add((sb.Length - (i - start), i - start, strong, weak));
        }

        // A word is in capitals when it says so itself, or when it has one capital and a neighbour is in capitals ("BÀ" next to "CÔNG").
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var caps = word.Strong || (word.Weak && ((w > 0 && words[w - 1].Strong) || (w + 1 < words.Count && words[w + 1].Strong)));
            if (!caps)
            {
                continue;
            }

            for (var k = word.Start; k < word.Start + word.Length; k++)
            {
                sb[k] = char.ToUpperInvariant(sb[k]);
            }
        }

        return sb.ToString();
    }

    private static bool IsTcvn3WordChar(char c) => char.IsLetter(c) || Tcvn3ToUnicode.ContainsKey(c);

    private static string DecodeVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var small = char.ToLowerInvariant(c);
            var isCapital = c != small;
            if (i + 1 < text.Length && VniMarks.Contains(text[i + 1])
                && VniToUnicode.TryGetValue(string.Concat(small, char.ToLowerInvariant(text[i + 1])), out var pair))
            {
                sb.Append(isCapital ? char.ToUpperInvariant(pair) : pair);
                i++;
            }
            else if (c >= 0x80 && VniToUnicode.TryGetValue(small.ToString(), out var single))
            {
                sb.Append(isCapital ? char.ToUpperInvariant(single) : single);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private readonly record struct EncodingScore(LegacyEncoding Encoding, int Hits, double Confidence);

    /// <summary>
    /// Counts the words the encoding would change: a hit turns a word that is no Vietnamese syllable
    /// into one ("C«ng" → "Công"); a miss stays no syllable; a word that is already a syllable with a
    /// letter the legacy encodings cannot hold (ạ, ơ, đ…) counts against. Words valid both ways are neutral.
    /// </summary>
    private static EncodingScore Score(string text, LegacyEncoding encoding)
    {
        int hits = 0, misses = 0, against = 0;
        Func<char, bool> isCode = encoding == LegacyEncoding.Tcvn3 ? Tcvn3ToUnicode.ContainsKey : VniCodeChars.Contains;
        var i = 0;
        while (i < text.Length)
        {
            if (!(char.IsLetter(text[i]) || isCode(text[i])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || isCode(text[i])))
            {
                i++;
            }

            var word = text[start..i];
            var converted = ToUnicode(word, encoding);
            var originalValid = IsSyllable(word);
            if (converted == word.Normalize(NormalizationForm.FormC))
            {
                if (originalValid && word.Any(c => c >= 0x100))
                {
                    against++;
                }

                continue;
            }

            var convertedValid = IsSyllable(converted);
            if (originalValid)
            {
                if (!convertedValid || word.Any(c => c >= 0x100))
                {
                    against++;
                }
            }
            else if (convertedValid)
            {
                hits++;
            }
            else
            {
                misses++;
            }
        }

        var total = hits + misses + against;
        return new EncodingScore(encoding, hits, total == 0 ? 0 : (double)hits / total);
    }

    /// <summary>True for one Vietnamese syllable (onset, vowel nucleus, coda; at most one tone).</summary>
    internal static bool IsSyllable(string word)
    {
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }

        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var tones = 0;
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones++;
            }
            else
            {
                sb.Append(c);
            }
        }

        if (tones > 1)
        {
            return false;
        }

        var toneless = sb.ToString().Normalize(NormalizationForm.FormC);
        return toneless.All(c => c is (>= 'a' and <= 'z') or 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ') && SyllablePattern().IsMatch(toneless);
    }

    [GeneratedRegex("^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?(oai|oay|oao|oeo|uây|uya|uyê|uyu|uôi|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ôô|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)(ch|c|m|ng|nh|n|p|t|i|y|o|u)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SyllablePattern();

    /// <summary>The encoding's name in the API: <c>unicode</c>, <c>tcvn3</c>, <c>vni</c>.</summary>
    public static string ApiName(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "tcvn3",
        LegacyEncoding.VniWindows => "vni",
        _ => "unicode",
    };

    /// <summary>Parses an API name (case-insensitive); null when unknown.</summary>
    public static LegacyEncoding? ParseApiName(string? name) => name?.Trim().ToLower(CultureInfo.InvariantCulture) switch
    {
        "tcvn3" or "abc" => LegacyEncoding.Tcvn3,
        "vni" or "vni-windows" => LegacyEncoding.VniWindows,
        "unicode" => LegacyEncoding.Unicode,
        _ => null,
    };
}
