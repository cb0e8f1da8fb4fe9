using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Organization.Kinds;

/// <summary><c>/api/v1/org-unit-kinds</c>: the editable list of unit kinds.</summary>
public static class OrgUnitKindEndpoints
{
    public static void MapOrgUnitKinds(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/org-unit-kinds").WithTags("Org units").RequireAuthorization();

        group.MapGet("/", async Task<Ok<IReadOnlyList<OrgUnitKindItem>>> (OrgUnitKindService kinds, CancellationToken ct) =>
                TypedResults.Ok(await kinds.ListAsync(ct)))
            .WithName("ListOrgUnitKinds")
            .WithSummary("The unit kinds (LĐLĐ tỉnh, CĐCS, …) with their level.");

        group.MapPost("/", async Task<Created<OrgUnitKindItem>> (SaveOrgUnitKindRequest body, OrgUnitKindService kinds, CancellationToken ct) =>
            {
                var kind = await kinds.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/org-unit-kinds/{kind.Id}", kind);
            })
            .WithName("CreateOrgUnitKind")
            .WithSummary("Adds a unit kind (system administrators).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPut("/{id:int}", async Task<Ok<OrgUnitKindItem>> (int id, SaveOrgUnitKindRequest body, OrgUnitKindService kinds, CancellationToken ct) =>
                TypedResults.Ok(await kinds.UpdateAsync(id, body, ct)))
            .WithName("UpdateOrgUnitKind")
            .WithSummary("Edits a unit kind's names, order and whether it can be chosen (system administrators).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
