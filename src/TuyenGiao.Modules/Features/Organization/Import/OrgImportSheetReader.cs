using System.IO.Compression;
using MiniExcelLibs;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// Reads the unit sheet of an uploaded workbook. The content is checked before any parsing: it
/// must be an .xlsx package (a zip holding a workbook), within the size limits, so a renamed
/// .exe or .txt is refused with a clear message instead of reaching the spreadsheet parser.
/// </summary>
internal static class OrgImportSheetReader
{
    /// <summary>Uncompressed size limit: a 5 MB upload that inflates to gigabytes is a zip bomb, not a sheet.</summary>
    private const long MaxUncompressedBytes = 150L * 1024 * 1024;

    /// <summary>Rows read at most (empty ones included) before giving up on a sheet.</summary>
    private const int MaxScannedRows = 50_000;

    /// <summary>Rows above the header that may hold a title instead.</summary>
    private const int MaxTitleRows = 10;

    public static IReadOnlyList<OrgImportRawRow> Read(byte[] content, int maxRows)
    {
        CheckPackage(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var sheets = stream.GetSheetNames();
            var sheet = sheets.FirstOrDefault(s => OrgImportColumns.UnitsSheet.Equals(s?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
            if (sheet is null)
            {
                throw NotExcel();
            }

            stream.Position = 0;
            return ReadRows(stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX), maxRows);
        }
        catch (AppProblemException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the parser trips over (bad XML, a part missing, a wrong cell type) is, for
            // the person uploading, a file that is not a readable workbook.
            throw NotExcel();
        }
    }

    private static List<OrgImportRawRow> ReadRows(IEnumerable<dynamic> source, int maxRows)
    {
        Dictionary<string, string>? headerOf = null; // column letter → header
        var rows = new List<OrgImportRawRow>();
        var scanned = 0;
        foreach (IDictionary<string, object?> cells in source)
        {
            // MiniExcel yields every row from the first, blank ones included, so the position is the Excel row number.
            var rowNumber = ++scanned;
            if (scanned > MaxScannedRows)
            {
                throw AppProblemException.Invalid(Messages.Get("OrgImportTooMany", maxRows));
            }

            if (cells.Values.All(IsBlank))
            {
                continue;
            }

            if (headerOf is null)
            {
                // A title line or two above the header ("DANH SÁCH ĐƠN VỊ …") is skipped.
                if (rowNumber < MaxTitleRows && !cells.Values.Any(v => OrgImportColumns.Match(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)) is not null))
                {
                    continue;
                }

                headerOf = ReadHeader(cells);
                continue;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (letter, header) in headerOf)
            {
                values[header] = cells.TryGetValue(letter, out var v) ? v : null;
            }

            if (rows.Count == maxRows)
            {
                throw AppProblemException.Invalid(Messages.Get("OrgImportTooMany", maxRows));
            }

            rows.Add(new OrgImportRawRow(rowNumber, values));
        }

        if (rows.Count == 0)
        {
            throw AppProblemException.Invalid(Messages.Get("OrgImportEmpty"));
        }

        return rows;
    }

    private static Dictionary<string, string> ReadHeader(IDictionary<string, object?> cells)
    {
        var headerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in cells)
        {
            if (OrgImportColumns.Match(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)) is { } header && !headerOf.ContainsValue(header))
            {
                headerOf[letter] = header;
            }
        }

        var missing = OrgImportColumns.All.Where(c => c.Required && !headerOf.ContainsValue(c.Header)).ToList();
        if (missing.Count > 0)
        {
            var errors = missing.Select(c => new FieldError(c.Header, Messages.Get("OrgImportMissingColumn", c.Header), 1)).ToList();
            throw AppProblemException.Invalid(Messages.Get("OrgImportMissingColumns", string.Join(", ", missing.Select(c => c.Header))), errors);
        }

        return headerOf;
    }

    private static void CheckPackage(byte[] content)
    {
        // A zip starts with "PK\x03\x04"; anything else (an .exe's "MZ", text) is refused at once.
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04)
        {
            throw NotExcel();
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains("xl/workbook.xml"))
            {
                throw NotExcel();
            }

            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                throw AppProblemException.Invalid(Messages.Get("OrgImportTooLarge", OrgUnitImporter.MaxFileBytes / (1024 * 1024)));
            }
        }
        catch (InvalidDataException)
        {
            throw NotExcel();
        }
    }

    private static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private static AppProblemException NotExcel() => AppProblemException.Invalid(Messages.Get("OrgImportNotExcel"));
}
