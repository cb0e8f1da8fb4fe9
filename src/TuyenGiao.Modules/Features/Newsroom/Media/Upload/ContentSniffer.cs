using System.Text;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Tells what a file is from its first bytes (magic numbers), never from its name: JPEG
/// <c>FF D8 FF</c>, PNG <c>89 50 4E 47 0D 0A 1A 0A</c>, WebP <c>RIFF····WEBP</c>, MP4 an
/// <c>ftyp</c> box with an MP4 brand, PDF <c>%PDF-</c>, DOCX a ZIP (checked inside afterwards).
/// Executables, SVG/HTML/XML and everything else are refused with a Vietnamese reason.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 64;

    // ISO base media brands that are MP4 video (not QuickTime "qt  ", not HEIF images "heic"/"mif1").
    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VP", "dash", "MSNV", "NDSC", "NDSH", "NDSM", "NDSP", "NDSS", "NDXC", "NDXH", "NDXM", "NDXP", "NDXS", "f4v ",
    };

    /// <summary>The type of the file whose first bytes are <paramref name="head"/>; throws a 400 problem when it is not one the library takes.</summary>
    public static DetectedType Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
        {
            throw Refuse("MediaEmptyFile");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DetectedType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DetectedType.Png;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return DetectedType.WebP;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(head[8..12]);
            return Mp4Brands.Contains(brand) ? DetectedType.Mp4 : throw Refuse("MediaUnsupportedType");
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return DetectedType.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DetectedType.Docx; // a candidate: DocxInspector decides
        }

        if (IsExecutable(head))
        {
            throw Refuse("MediaExecutableRefused");
        }

        if (IsMarkup(head))
        {
            throw Refuse("MediaMarkupRefused");
        }

        throw Refuse("MediaUnsupportedType");
    }

    internal static AppProblemException Refuse(string key, params object?[] args) =>
        AppProblemException.Invalid([new FieldError("file", Messages.Get(key, args))]);

    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) // Windows .exe/.dll
        || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) // ELF
        || head.StartsWith("#!"u8) // scripts
        || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) // Mach-O fat, Java class
        || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]); // OLE: .msi, old Office with macros

    /// <summary>Text that starts with a tag after an optional byte-order mark and blanks: SVG, HTML, XML.</summary>
    private static bool IsMarkup(ReadOnlySpan<byte> head)
    {
        var text = head;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        else if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16: drop the zero bytes, then look as for UTF-8.
            var narrow = new List<byte>();
            foreach (var b in text[2..])
            {
                if (b != 0)
                {
                    narrow.Add(b);
                }
            }

            return IsMarkup(narrow.ToArray());
        }

        var i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < text.Length && text[i] == (byte)'<';
    }
}
