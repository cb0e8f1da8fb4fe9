using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Newsroom.Calendar;

/// <summary><c>GET /api/v1/posts/calendar?from=&amp;to=&amp;unitId=</c>: the editorial calendar.</summary>
public static class CalendarEndpoints
{
    public static void MapEditorialCalendar(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/calendar", async Task<Ok<IReadOnlyList<CalendarEntry>>> (string? from, string? to, int? unitId, EditorialCalendar calendar, CancellationToken ct) =>
                TypedResults.Ok(await calendar.ListAsync(from, to, unitId, ct)))
            .RequireAuthorization()
            .WithTags("Posts")
            .WithName("EditorialCalendar")
            .WithSummary("Scheduled and published posts between two Vietnam dates (yyyy-MM-dd, at most 62 days), in the caller's subtrees or one unit's.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
