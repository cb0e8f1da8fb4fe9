using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TuyenGiao.Modules.Features.Newsroom.Editor;

namespace TuyenGiao.UnitTests.Features.Newsroom;

public sealed class LegacyVietnameseTextTests
{
    // Sentences as they arrive when a document typed in TCVN3 (.VnTime) or VNI-Windows (VNI-Times) is pasted.
    [Theory]
    [InlineData("C«ng ®oµn", "Công đoàn")]
    [InlineData("Tæng Liªn ®oµn Lao ®éng ViÖt Nam", "Tổng Liên đoàn Lao động Việt Nam")]
    [InlineData("§¹i héi C«ng ®oµn tØnh lÇn thø XV, nhiÖm kú 2023 - 2028", "Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2023 - 2028")]
    [InlineData("B¶o vÖ quyÒn vµ lîi Ých hîp ph¸p, chÝnh ®¸ng cña ®oµn viªn, ng\u00adêi lao ®éng.", "Bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.")]
    [InlineData("Phßng chèng dÞch bÖnh; cã mét sè ý kiÕn vÒ ch\u00ad¬ng tr×nh.", "Phòng chống dịch bệnh; có một số ý kiến về chương trình.")]
    public void Converts_TCVN3_sentences(string legacy, string unicode)
    {
        Assert.Equal(unicode, LegacyVietnameseText.ToUnicode(legacy, LegacyEncoding.Tcvn3));
        Assert.Equal(legacy, LegacyVietnameseText.FromUnicode(unicode, LegacyEncoding.Tcvn3));
    }

    [Fact]
    public void Makes_TCVN3_toned_letters_capitals_inside_words_in_capitals()
    {
        // The .VnTimeH font draws "µ" as "À": a heading in capitals comes back in capitals.
        Assert.Equal("CÔNG ĐOÀN VIỆT NAM", LegacyVietnameseText.ToUnicode("C¤NG §OµN VIÖT NAM", LegacyEncoding.Tcvn3));
        Assert.Equal("BÀ CHỦ TỊCH", LegacyVietnameseText.ToUnicode("Bµ CHñ TÞCH", LegacyEncoding.Tcvn3));
        Assert.Equal("Bà Chủ tịch", LegacyVietnameseText.ToUnicode("Bµ Chñ tÞch", LegacyEncoding.Tcvn3));
    }

    [Theory]
    [InlineData("Coâng ñoaøn", "Công đoàn")]
    [InlineData("Toång Lieân ñoaøn Lao ñoäng Vieät Nam", "Tổng Liên đoàn Lao động Việt Nam")]
    [InlineData("Ñaïi hoäi Coâng ñoaøn tænh laàn thöù XV, nhieäm kyø 2023 - 2028", "Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2023 - 2028")]
    [InlineData("Baûo veä quyeàn vaø lôïi ích hôïp phaùp, chính ñaùng cuûa ñoaøn vieân, ngöôøi lao ñoäng.", "Bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.")]
    [InlineData("COÂNG ÑOAØN VIEÄT NAM", "CÔNG ĐOÀN VIỆT NAM")]
    [InlineData("Ông Nguyễn", "Ông Nguyễn")]
    public void Converts_VNI_Windows_sentences(string legacy, string unicode)
    {
        if (legacy == unicode)
        {
            // Unicode given as VNI input is mangled: that is why detection comes first.
            Assert.Equal(LegacyEncoding.Unicode, LegacyVietnameseText.Detect(legacy).Encoding);
            return;
        }

        Assert.Equal(unicode, LegacyVietnameseText.ToUnicode(legacy, LegacyEncoding.VniWindows));
        Assert.Equal(legacy, LegacyVietnameseText.FromUnicode(unicode, LegacyEncoding.VniWindows));
    }

    [Theory]
    [InlineData("C«ng ®oµn", LegacyEncoding.Tcvn3)]
    [InlineData("§¹i héi C«ng ®oµn tØnh lÇn thø XV, nhiÖm kú 2023 - 2028", LegacyEncoding.Tcvn3)]
    [InlineData("Coâng ñoaøn", LegacyEncoding.VniWindows)]
    [InlineData("Ñaïi hoäi Coâng ñoaøn tænh laàn thöù XV, nhieäm kyø 2023 - 2028", LegacyEncoding.VniWindows)]
    [InlineData("Công đoàn Việt Nam chăm lo quyền lợi người lao động", LegacyEncoding.Unicode)]
    [InlineData("Công tác tôi có", LegacyEncoding.Unicode)]
    [InlineData("The union's annual report, 2025", LegacyEncoding.Unicode)]
    [InlineData("Café au lait à Paris, señor", LegacyEncoding.Unicode)]
    [InlineData("", LegacyEncoding.Unicode)]
    public void Detects_the_encoding(string text, LegacyEncoding expected)
    {
        var detection = LegacyVietnameseText.Detect(text);
        Assert.Equal(expected, detection.Encoding);
        Assert.InRange(detection.Confidence, 0, 1);
        if (expected != LegacyEncoding.Unicode)
        {
            Assert.True(detection.Confidence >= 0.8, $"confidence {detection.Confidence}");
        }
    }

    [Fact]
    public void Detects_a_long_legacy_text_with_some_english_words_with_high_confidence()
    {
        var text = "B¸o c¸o tæng kÕt c«ng t¸c n¨m 2025 cña Ban Tuyªn gi¸o (file Word, email, Facebook)";
        var detection = LegacyVietnameseText.Detect(text);
        Assert.Equal(LegacyEncoding.Tcvn3, detection.Encoding);
        Assert.Equal("Báo cáo tổng kết công tác năm 2025 của Ban Tuyên giáo (file Word, email, Facebook)", LegacyVietnameseText.ToUnicode(text, detection.Encoding));
    }

    [Fact]
    public void Converts_only_the_text_of_html()
    {
        var html = "<h2 style=\"font-family:.VnTime\">C«ng ®oµn</h2><p><b>Tæng</b> Liªn ®oµn <a href=\"/x?a=\u00B5\">link</a></p>";
        var converted = LegacyVietnameseText.ConvertHtml(html, LegacyEncoding.Tcvn3);
        Assert.Equal("<h2 style=\"font-family:.VnTime\">Công đoàn</h2><p><b>Tổng</b> Liên đoàn <a href=\"/x?a=\u00B5\">link</a></p>", converted);
    }

    [Fact]
    public void Output_is_NFC()
    {
        var converted = LegacyVietnameseText.ToUnicode("ViÖt", LegacyEncoding.Tcvn3);
        Assert.True(converted.IsNormalized(NormalizationForm.FormC));
    }
}

/// <summary>Vietnamese words (onset + rhyme + tone), all in lower case, in capitals or with a capital first letter.</summary>
public sealed record VietnameseWords(string Value)
{
    public override string ToString() => Value;
}

public static class VietnameseWordArbitraries
{
    private static readonly string[] Onsets = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
    private static readonly string[] Nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ươ", "uô", "iê", "oa"];
    private static readonly string[] Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "u"];
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    public static Arbitrary<VietnameseWords> Words()
    {
        var syllable =
            from onset in Gen.Elements(Onsets)
            from nucleus in Gen.Elements(Nuclei)
            from coda in Gen.Elements(Codas)
            from tone in Gen.Elements(Tones)
            select (onset + nucleus[0] + tone + nucleus[1..] + coda).Normalize(NormalizationForm.FormC);

        // One casing for the whole sentence, as in a heading in capitals or a line of text.
        return Gen.NonEmptyListOf(syllable)
            .SelectMany(_ => Gen.Elements(0, 1, 2), (words, casing) => new VietnameseWords(string.Join(' ', words.Select(w => Cased(w, casing)))))
            .ToArbitrary();
    }

    /// <summary>0 lower case, 1 capitals, 2 first letter a capital.</summary>
    private static string Cased(string word, int casing) => casing switch
    {
        1 => word.ToUpperInvariant(),
        2 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };
}

[Properties(Arbitrary = new[] { typeof(VietnameseWordArbitraries) }, MaxTest = 500)]
public sealed class LegacyVietnameseTextProperties
{
    [Property]
    public bool VNI_round_trips_every_Vietnamese_letter(VietnameseWords text) =>
        LegacyVietnameseText.ToUnicode(LegacyVietnameseText.FromUnicode(text.Value, LegacyEncoding.VniWindows), LegacyEncoding.VniWindows) == text.Value;

    [Property]
    public Property TCVN3_round_trips_words_whose_case_the_encoding_can_tell(VietnameseWords text)
    {
        // TCVN3 has no capitals with tones: a word in capitals needs two letters that show it
        // (plain or Ă Â Ê Ô Ơ Ư Đ), and a capitalised word must not start with a toned vowel.
        var knowable = text.Value.Split(' ').All(CaseIsKnowable);
        var back = LegacyVietnameseText.ToUnicode(LegacyVietnameseText.FromUnicode(text.Value, LegacyEncoding.Tcvn3), LegacyEncoding.Tcvn3);
        return (back == text.Value).When(knowable);
    }

    [Property]
    public bool TCVN3_round_trips_every_letter_up_to_case(VietnameseWords text) =>
        string.Equals(LegacyVietnameseText.ToUnicode(LegacyVietnameseText.FromUnicode(text.Value, LegacyEncoding.Tcvn3), LegacyEncoding.Tcvn3), text.Value, StringComparison.OrdinalIgnoreCase);

    [Property]
    public bool Legacy_text_of_several_words_is_detected(VietnameseWords text)
    {
        var sentence = text.Value + " công đoàn người lao động";
        return LegacyVietnameseText.Detect(LegacyVietnameseText.FromUnicode(sentence, LegacyEncoding.Tcvn3)).Encoding == LegacyEncoding.Tcvn3
            && LegacyVietnameseText.Detect(LegacyVietnameseText.FromUnicode(sentence, LegacyEncoding.VniWindows)).Encoding == LegacyEncoding.VniWindows
            && LegacyVietnameseText.Detect(sentence).Encoding == LegacyEncoding.Unicode;
    }

    private static bool CaseIsKnowable(string word)
    {
        static bool Plain(char c) => c is (>= 'A' and <= 'Z') or 'Ă' or 'Â' or 'Ê' or 'Ô' or 'Ơ' or 'Ư' or 'Đ';
        var hasLower = word.Any(char.IsLower);
        var toned = word.Any(c => !Plain(c) && char.IsUpper(c));
        if (!toned)
        {
            return true;
        }

        if (!hasLower)
        {
            return word.Count(Plain) >= 2 || (word.Count(Plain) == 1 && !Plain(word[0]));
        }

        return false;
    }
}
