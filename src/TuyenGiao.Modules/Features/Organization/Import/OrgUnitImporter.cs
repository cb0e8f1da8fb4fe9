using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;
using C = TuyenGiao.Modules.Features.Organization.Import.OrgImportColumns;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// Imports units from an Excel sheet: the file is checked (an .xlsx within the limits), every row
/// is validated first, and only a sheet without a single problem is written, as one restructuring
/// of kind Import in one transaction. A preview runs the same work and rolls it back.
/// </summary>
internal sealed class OrgUnitImporter
{
    public const long MaxFileBytes = 5L * 1024 * 1024;
    public const int MaxRows = 5000;
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TemplateFileName = "mau-nhap-don-vi.xlsx";

    /// <summary>Rows created between two clean-ups of the change tracker (keeps a 5,000-row import linear).</summary>
    private const int DetachEvery = 100;

    private readonly AppDbContext db;
    private readonly OrgRestructuringService restructuring;
    private readonly IAccessScope access;
    private readonly OrgImportValidator validator;
    private readonly OrgImportTemplate template;
    private readonly ILogger<OrgUnitImporter> logger;

    public OrgUnitImporter(
        AppDbContext db,
        OrgRestructuringService restructuring,
        IAccessScope access,
        OrgImportValidator validator,
        OrgImportTemplate template,
        ILogger<OrgUnitImporter> logger)
    {
        this.db = db;
        this.restructuring = restructuring;
        this.access = access;
        this.validator = validator;
        this.template = template;
        this.logger = logger;
    }

    /// <summary>The template workbook: the header row, two example rows under a unit the caller manages, the kinds and a guide.</summary>
    public async Task<byte[]> TemplateAsync(CancellationToken ct = default)
    {
        await EnsureCanImportAsync(ct);
        return await template.BuildAsync(ct);
    }

    /// <summary>Reads <paramref name="content"/> (at most <see cref="MaxFileBytes"/>) and imports it whole, or not at all.</summary>
    public async Task<OrgImportResult> ImportAsync(Stream content, string? fileName, bool preview, CancellationToken ct = default)
    {
        await EnsureCanImportAsync(ct);
        var bytes = await ReadBoundedAsync(content, ct);
        var rawRows = OrgImportSheetReader.Read(bytes, MaxRows);
        var rows = await validator.ValidateAsync(rawRows, ct);
        return await ApplyAsync(rows, fileName, preview, ct);
    }

    /// <summary>Importing needs the right to manage units somewhere; anyone else gets 403 at once.</summary>
    private async Task EnsureCanImportAsync(CancellationToken ct)
    {
        if (await access.RootsAsync(Permission.ManageUnits, ct) is { Count: 0 })
        {
            throw AppProblemException.Forbidden();
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw AppProblemException.Invalid(Messages.Get("OrgImportNoFile"));
        }

        return buffer.ToArray();
    }

    internal static AppProblemException TooLarge() => AppProblemException.Invalid(Messages.Get("OrgImportTooLarge", MaxFileBytes / (1024 * 1024)));

    private async Task<OrgImportResult> ApplyAsync(IReadOnlyList<OrgImportPlannedRow> rows, string? fileName, bool preview, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var created = new List<OrgImportedUnit>(rows.Count);
        var firstDate = rows.Min(r => r.Date);
        var file = Path.GetFileName(fileName ?? string.Empty);
        var summary = file.Length > 0 ? Messages.Get("OrgImportSummaryFile", rows.Count, file) : Messages.Get("OrgImportSummary", rows.Count);

        // Scope was checked row by row above, with row-level messages; the service need not ask again.
        restructuring.CheckAccess = false;
        RestructuringResult result;
        try
        {
            result = await restructuring.RunImportAsync(
                async op =>
                {
                    var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var row in rows)
                    {
                        var parentId = row.ExistingParent?.Id ?? (row.SheetParent is { } p ? idOf[p.Code] : null);
                        var cmd = new CreateUnitCommand(row.Name, row.ShortName, row.Kind!.Code, parentId, row.MemberCount, row.Code, row.Phone, row.Email, row.Address, row.Date);
                        int id;
                        try
                        {
                            id = await restructuring.CreateUnitAsync(op, cmd, string.Empty, ct);
                        }
                        catch (AppProblemException e) when (e.Status == 400)
                        {
                            // Something changed since the check (another import took a code): name the row.
                            throw new OrgImportRowsException(e.Errors.Count, e.Errors.Select(x => new FieldError(ColumnOf(x.Field), x.Message, row.Row)).ToList());
                        }

                        idOf[row.Code] = id;
                        created.Add(new OrgImportedUnit(row.Row, row.Code, row.Name, row.Kind.Code, row.Kind.Name, row.ParentCode, row.Date, preview ? null : id));
                        if (created.Count % DetachEvery == 0)
                        {
                            DetachSavedUnits();
                        }
                    }

                    op.Summary = summary;
                    op.UnitId = rows.Select(r => r.ExistingParent?.Id).FirstOrDefault(id => id is not null) ?? op.Created.FirstOrDefault();
                },
                firstDate,
                preview,
                ct);
        }
        catch (DbUpdateException e)
        {
            // A unique code taken between the check and the write by someone else's change.
            logger.LogWarning(e, "Unit import hit a conflicting change");
            throw AppProblemException.Conflict(Messages.Get("OrgImportConflict"));
        }
        finally
        {
            restructuring.CheckAccess = true;
        }

        logger.LogInformation(
            "Unit import {Mode}: {Count} units from {File} in {Ms} ms",
            preview ? "previewed" : "committed",
            rows.Count,
            file,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new OrgImportResult(rows.Count, result.Id, preview, firstDate, summary, created.OrderBy(u => u.Row).ToList());
    }

    /// <summary>
    /// Saved units, versions and kinds stay tracked by the context for the whole transaction and
    /// every SaveChanges scans them all; letting go of them keeps each row's cost constant.
    /// </summary>
    private void DetachSavedUnits()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Unchanged && e.Entity is OrgUnit or OrgUnitVersion or OrgUnitKind).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static string ColumnOf(string field) => field switch
    {
        "code" => C.Code,
        "name" => C.Name,
        "shortName" => C.ShortName,
        "kind" => C.Kind,
        "parentId" => C.ParentCode,
        "memberCount" => C.MemberCount,
        "phone" => C.Phone,
        "email" => C.Email,
        "address" => C.Address,
        "effectiveDate" => C.EffectiveDate,
        _ => field,
    };
}
