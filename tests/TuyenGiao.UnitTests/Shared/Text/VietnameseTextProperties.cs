using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.UnitTests.Shared.Text;

/// <summary>Vietnamese-looking text: letters with every tone, đ/Đ, digits, punctuation and white space, in NFC or NFD.</summary>
public sealed record VietnameseString(string Value)
{
    public override string ToString() => $"\"{Value}\" ({string.Join(' ', Value.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))})";
}

public static class VietnameseArbitraries
{
    private const string Letters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ0123456789";

    private const string Others = " \t\n\u00a0,.;:!?-–()/&\"'“”…\u0300\u0301\u0303\u0309\u0323";

    public static Arbitrary<VietnameseString> Strings()
    {
        var chars = Gen.OneOf(Gen.Elements(Letters.ToCharArray()), Gen.Elements(Letters.ToCharArray()), Gen.Elements(Others.ToCharArray()));
        var decomposed = Gen.Elements(true, false);
        var gen = Gen.ArrayOf(chars).SelectMany(cs => decomposed, (cs, nfd) =>
        {
            var s = new string(cs);
            return new VietnameseString(nfd ? s.Normalize(NormalizationForm.FormD) : s);
        });
        return gen.ToArbitrary();
    }
}

[Properties(Arbitrary = new[] { typeof(VietnameseArbitraries) }, MaxTest = 300)]
public sealed class VietnameseTextProperties
{
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    [Property]
    public bool Fold_is_idempotent(VietnameseString text)
    {
        var once = VietnameseText.Fold(text.Value);
        return VietnameseText.Fold(once) == once;
    }

    [Property]
    public Property Fold_never_leaves_d_stroke_combining_marks_capitals_or_loose_spaces(VietnameseString text)
    {
        var folded = VietnameseText.Fold(text.Value);
        return (!folded.Contains('đ', StringComparison.Ordinal)).Label("no đ")
            .And((!folded.Contains('Đ', StringComparison.Ordinal)).Label("no Đ"))
            .And(folded.All(c => !IsMark(c)).Label("no combining marks"))
            .And(folded.All(c => !char.IsUpper(c)).Label("lower case"))
            .And((!folded.Contains("  ", StringComparison.Ordinal) && folded.Trim() == folded).Label("white space collapsed"))
            .And(folded.All(c => c == ' ' || !char.IsWhiteSpace(c)).Label("only plain spaces"));
    }

    [Property]
    public bool Fold_does_not_care_about_normalization_form(VietnameseString text) =>
        VietnameseText.Fold(text.Value.Normalize(NormalizationForm.FormC)) == VietnameseText.Fold(text.Value.Normalize(NormalizationForm.FormD));

    [Property]
    public bool Fold_does_not_care_about_case(VietnameseString text) =>
        VietnameseText.Fold(text.Value.ToUpperInvariant()) == VietnameseText.Fold(text.Value.ToLowerInvariant());

    [Property]
    public Property Slugify_is_plain_ascii_without_loose_dashes(VietnameseString text)
    {
        var slug = VietnameseText.Slugify(text.Value);
        return slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-').Label("a-z, 0-9 and dashes only")
            .And((slug.Length is > 0 and <= 120).Label("1 to 120 characters"))
            .And((!slug.StartsWith('-') && !slug.EndsWith('-')).Label("no dash at either end"))
            .And((!slug.Contains("--", StringComparison.Ordinal)).Label("no double dash"))
            .And((VietnameseText.Slugify(slug) == slug).Label("idempotent"));
    }

    [Property]
    public Property CleanLine_is_nfc_trimmed_and_idempotent(VietnameseString text)
    {
        var clean = VietnameseText.CleanLine(text.Value);
        return clean.IsNormalized(NormalizationForm.FormC).Label("NFC")
            .And((clean.Trim() == clean).Label("trimmed"))
            .And((VietnameseText.CleanLine(clean) == clean).Label("idempotent"))
            .And((VietnameseText.Fold(clean) == VietnameseText.Fold(text.Value)).Label("folds the same as the raw input"));
    }
}
