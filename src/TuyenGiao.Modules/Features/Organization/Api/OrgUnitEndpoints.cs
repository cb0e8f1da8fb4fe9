using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Api;

/// <summary>
/// <c>/api/v1/org-units</c>: the hierarchy on a date, and every restructuring (each with
/// <c>?preview=true</c> to see what it would change without changing anything).
/// </summary>
public static class OrgUnitEndpoints
{
    public static void MapOrgUnits(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/org-units").WithTags("Org units").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<OrgUnitItem>>> (
                string? under, string? asOf, string? kind, string? level, string? q, int? parentId, int? page, int? pageSize,
                OrgUnitQueries queries, IAccessScope access, CancellationToken ct) =>
            {
                var paging = PageQuery.From(page, pageSize);
                var date = DateQuery.Parse(asOf, "asOf");
                int? underId = null;
                if (!string.IsNullOrWhiteSpace(under))
                {
                    underId = int.TryParse(under, out var u) ? u : throw AppProblemException.Invalid([new FieldError("under", Messages.Get("OrgBadId", under))]);
                    await access.EnsureAsync(Permission.ViewUnits, underId.Value, ct);
                }

                if (parentId is { } pid)
                {
                    await access.EnsureAsync(Permission.ViewUnits, pid, ct);
                }

                OrgLevel? lvl = null;
                if (!string.IsNullOrWhiteSpace(level))
                {
                    lvl = Enum.TryParse<OrgLevel>(level, ignoreCase: true, out var l) && Enum.IsDefined(l) ? l
                        : throw AppProblemException.Invalid([new FieldError("level", Messages.Get("OrgBadLevel", level))]);
                }

                var roots = await access.RootsAsync(Permission.ViewUnits, ct);
                var result = await queries.ListAsync(new OrgUnitListQuery(date, underId, parentId, kind, lvl, q, paging), roots, ct);
                return TypedResults.Ok(result);
            })
            .WithName("ListOrgUnits")
            .WithSummary("Units as of a date (default today): filter by subtree (under), parent, kind, level or a diacritic-insensitive name search (q).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async Task<Ok<OrgUnitDetail>> (int id, string? asOf, OrgUnitQueries queries, IAccessScope access, CancellationToken ct) =>
            {
                await access.EnsureAsync(Permission.ViewUnits, id, ct);
                var detail = await queries.GetAsync(id, DateQuery.Parse(asOf, "asOf"), ct) ?? throw AppProblemException.NotFound(Messages.Get("OrgNotOnDate"));
                return TypedResults.Ok(detail);
            })
            .WithName("GetOrgUnit")
            .WithSummary("One unit as of a date, with its ancestors, its history and its predecessors and successors.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/history", async Task<Ok<IReadOnlyList<OrgUnitHistoryEntry>>> (int id, OrgUnitQueries queries, IAccessScope access, CancellationToken ct) =>
            {
                await access.EnsureAsync(Permission.ViewUnits, id, ct);
                return TypedResults.Ok(await queries.HistoryAsync(id, ct));
            })
            .WithName("GetOrgUnitHistory")
            .WithSummary("Every version of the unit, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Results<Created<RestructuringResult>, Ok<RestructuringResult>>> (CreateUnitCommand body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
            {
                var result = await service.CreateAsync(body, preview == true, ct);
                return preview == true ? TypedResults.Ok(result) : TypedResults.Created($"/api/v1/org-units/{result.UnitId}", result);
            })
            .WithName("CreateOrgUnit")
            .WithSummary("Creates a unit under a parent from the effective date. The new unit's id is in unitId.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/rename", (int id, RenameUnitRequest body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.RenameAsync(new RenameUnitCommand(id, body.Name, body.ShortName, body.EffectiveDate), preview == true, ct)))
            .WithName("RenameOrgUnit").WithSummary("Renames the unit from the effective date; earlier dates keep the old name.")
            .ProducesRestructuringProblems();

        group.MapPost("/{id:int}/move", (int id, MoveUnitRequest body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.MoveAsync(new MoveUnitCommand(id, body.ParentId, body.EffectiveDate), preview == true, ct)))
            .WithName("MoveOrgUnit").WithSummary("Moves the unit and its subtree under another parent from the effective date.")
            .ProducesRestructuringProblems();

        group.MapPost("/{id:int}/details", (int id, UpdateUnitDetailsRequest body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.UpdateDetailsAsync(new UpdateUnitDetailsCommand(id, body.MemberCount, body.Phone, body.Email, body.Address, body.Code, body.EffectiveDate), preview == true, ct)))
            .WithName("UpdateOrgUnitDetails").WithSummary("Updates member count and contact details from the effective date.")
            .ProducesRestructuringProblems();

        group.MapPost("/merge", (MergeUnitsCommand body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.MergeAsync(body, preview == true, ct)))
            .WithName("MergeOrgUnits").WithSummary("Merges source units into an existing or a new unit; their units below move to it and succession links are kept.")
            .ProducesRestructuringProblems();

        group.MapPost("/{id:int}/split", (int id, SplitUnitRequest body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.SplitAsync(new SplitUnitCommand(id, body.Parts, body.ParentId, body.KeepSource, body.EffectiveDate, body.Note), preview == true, ct)))
            .WithName("SplitOrgUnit").WithSummary("Splits the unit into new units, each taking the children listed.")
            .ProducesRestructuringProblems();

        group.MapPost("/{id:int}/dissolve", (int id, DissolveUnitRequest body, bool? preview, OrgRestructuringService service, CancellationToken ct) =>
                Run(service.DissolveAsync(new DissolveUnitCommand(id, body.EffectiveDate, body.Note), preview == true, ct)))
            .WithName("DissolveOrgUnit").WithSummary("Ends the unit from the effective date; it must have no units below it.")
            .ProducesRestructuringProblems();
    }

    private static async Task<Ok<RestructuringResult>> Run(Task<RestructuringResult> work) => TypedResults.Ok(await work);

    private static RouteHandlerBuilder ProducesRestructuringProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
