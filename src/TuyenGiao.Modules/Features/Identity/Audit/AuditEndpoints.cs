using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary><c>/api/v1/audit</c>: the audit log of the caller's subtrees, newest first.</summary>
public static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async Task<Ok<PagedResult<AuditItem>>> (
                string? from, string? to, string? action, string? userId, int? unitId, int? page, int? pageSize,
                AuditQueries queries, CancellationToken ct) =>
            {
                var paging = PageQuery.From(page, pageSize);
                var query = new AuditListQuery(DateQuery.Parse(from, "from"), DateQuery.Parse(to, "to"), action, userId, unitId, paging);
                return TypedResults.Ok(await queries.ListAsync(query, ct));
            })
            .RequireAuthorization()
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("Sign-ins and changes (who, when, what, which unit). from/to are yyyy-MM-dd days in Vietnam time, both included; action matches exactly or as a prefix ending in '.' or '*'; userId matches the actor or the account acted on; unitId keeps that unit's subtree.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
