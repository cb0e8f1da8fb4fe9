using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// <c>/api/v1/org-units/import</c>: the Excel template, and the import itself (every row checked
/// first; any problem and nothing is imported; <c>?preview=true</c> to check without importing).
/// </summary>
public static class ImportOrgUnitsEndpoints
{
    public static void MapImportOrgUnits(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/org-units/import").WithTags("Org units").RequireAuthorization();

        group.MapGet("/template", async Task<FileContentHttpResult> (OrgUnitImporter importer, CancellationToken ct) =>
                TypedResults.File(await importer.TemplateAsync(ct), OrgUnitImporter.ContentType, OrgUnitImporter.TemplateFileName))
            .WithName("GetOrgUnitImportTemplate")
            .WithSummary("The .xlsx template for importing units: the header row, two example rows, the unit kinds and a guide.")
            .Produces(StatusCodes.Status200OK, contentType: OrgUnitImporter.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", async Task<Ok<OrgImportResult>> (HttpRequest request, bool? preview, OrgUnitImporter importer, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    throw AppProblemException.Invalid([new FieldError("file", Messages.Get("OrgImportNoFile"))]);
                }

                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = OrgUnitImporter.MaxFileBytes }, ct);
                }
                catch (InvalidDataException)
                {
                    // The multipart reader refuses a section over the limit.
                    throw OrgUnitImporter.TooLarge();
                }

                var file = form.Files.GetFile("file") ?? throw AppProblemException.Invalid([new FieldError("file", Messages.Get("OrgImportNoFile"))]);
                if (file.Length > OrgUnitImporter.MaxFileBytes)
                {
                    throw OrgUnitImporter.TooLarge();
                }

                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await importer.ImportAsync(stream, file.FileName, preview == true, ct));
            })
            .WithName("ImportOrgUnits")
            .WithSummary("Imports units from an .xlsx sheet (multipart field 'file', at most 5 MB and 5,000 rows) as one restructuring. Row errors list the Excel row and column; nothing is imported while any row is wrong.")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(OrgUnitImporter.MaxFileBytes + (256 * 1024)))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
