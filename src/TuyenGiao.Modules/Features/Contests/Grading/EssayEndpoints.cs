using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Grading;

/// <summary><c>/api/v1/contests/{id}/essays</c>: the hand-grading queue and grades (organisers).</summary>
public static class EssayEndpoints
{
    public static void MapEssayGrading(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contests/{id:int}/essays").WithTags("Contests").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<EssayItem>>> (int id, bool? graded, int? roundId, int? page, int? pageSize, EssayGradingService essays, CancellationToken ct) =>
                TypedResults.Ok(await essays.ListAsync(id, graded, roundId, PageQuery.From(page, pageSize), ct)))
            .WithName("ListContestEssays").WithSummary("Submitted essays, ungraded first (graded=false: only those to grade).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{attemptId:long}", async Task<Ok<EssayItem>> (int id, long attemptId, GradeEssayRequest body, EssayGradingService essays, CancellationToken ct) =>
                TypedResults.Ok(await essays.GradeAsync(id, attemptId, body, ct)))
            .WithName("GradeContestEssay").WithSummary("Grades an essay (0 to the contest's essay maximum) with an optional comment; audited.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
