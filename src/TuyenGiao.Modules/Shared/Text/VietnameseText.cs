using System.Globalization;
using System.Text;

namespace TuyenGiao.Modules.Shared.Text;

/// <summary>
/// The one place for Vietnamese text handling: NFC normalisation of input, search folding
/// (tones and đ/Đ removed, lower case) and URL slugs.
/// </summary>
public static class VietnameseText
{
    /// <summary>Trims and normalises to NFC; null stays null.</summary>
    public static string? Nfc(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Trims, normalises to NFC and collapses runs of white space to one space.</summary>
    public static string CleanLine(string? value)
    {
        var nfc = Nfc(value) ?? string.Empty;
        var sb = new StringBuilder(nfc.Length);
        var lastWasSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                sb.Append(c);
                lastWasSpace = false;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Folds text for search: removes tones and other combining marks, maps đ/Đ to d,
    /// lower-cases (invariant) and collapses white space. "Công Đoàn" → "cong doan".
    /// </summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            lastWasSpace = false;
            sb.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    /// <summary>"Đổi mới công tác tuyên giáo" → "doi-moi-cong-tac-tuyen-giao". Never empty.</summary>
    public static string Slugify(string? value, int maxLength = 120)
    {
        var folded = Fold(value);
        var sb = new StringBuilder(folded.Length);
        var lastWasDash = true;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                sb.Append('-');
                lastWasDash = true;
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "n-a" : slug;
    }
}
