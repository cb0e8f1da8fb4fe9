using System.IO.Compression;
using System.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Looks inside a ZIP upload: it is taken only as a Word document (.docx) — a
/// <c>[Content_Types].xml</c> and a <c>word/document.xml</c> whose content type is a plain
/// document — and refused when it carries macros (.docm, <c>vbaProject.bin</c>).
/// </summary>
public static class DocxInspector
{
    private const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const int MaxEntries = 10_000;
    private const int MaxContentTypesBytes = 1024 * 1024;

    /// <summary>Throws a 400 problem unless the file at <paramref name="path"/> is a macro-free .docx.</summary>
    public static void EnsureWordDocument(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > MaxEntries)
            {
                throw ContentSniffer.Refuse("MediaNotWordDocument");
            }

            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw ContentSniffer.Refuse("MediaMacroRefused");
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || zip.GetEntry("word/document.xml") is null || types.Length > MaxContentTypesBytes)
            {
                throw ContentSniffer.Refuse("MediaNotWordDocument");
            }

            string xml;
            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            if (xml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || xml.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                throw ContentSniffer.Refuse("MediaMacroRefused");
            }

            if (!xml.Contains(MainDocumentType, StringComparison.OrdinalIgnoreCase))
            {
                throw ContentSniffer.Refuse("MediaNotWordDocument");
            }
        }
        catch (InvalidDataException)
        {
            throw ContentSniffer.Refuse("MediaNotWordDocument");
        }
    }
}
