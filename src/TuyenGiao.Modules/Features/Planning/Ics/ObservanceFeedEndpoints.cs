using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Planning.Occurrences;

namespace TuyenGiao.Modules.Features.Planning.Ics;

/// <summary>
/// iCalendar exports, public: <c>/api/v1/observances/calendar.ics?year=</c> (one year, to
/// download) and <c>/lich/ngay-le.ics</c> (this year and the next two, to subscribe to).
/// </summary>
public static class ObservanceFeedEndpoints
{
    /// <summary>The public subscription address, at the site root.</summary>
    public const string SubscriptionPath = "/lich/ngay-le.ics";

    public const int SubscriptionYears = 3;

    public static void MapObservanceFeeds(this IEndpointRouteBuilder api)
    {
        api.MapGet("/observances/calendar.ics", async Task<ContentHttpResult> (int? year, int? unitId, OccurrenceQueries queries, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                var occurrences = await queries.ForYearAsync(year, unitId, ct);
                var y = year ?? queries.CurrentYear;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"ngay-le-{y}.ics\"";
                return TypedResults.Content(ObservanceIcsWriter.Write(occurrences, time.GetUtcNow().UtcDateTime), ObservanceIcsWriter.ContentType);
            })
            .AllowAnonymous()
            .WithTags("Observances")
            .WithName("ExportObservanceCalendar")
            .WithSummary("The year's occurrences as an iCalendar file (all-day events; \"kỷ niệm N năm\" in anniversary years). unitId adds that unit's own observances and those of the units above it.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        new UngroupedRouteBuilder(api).MapGet(SubscriptionPath, async Task<ContentHttpResult> (int? unitId, OccurrenceQueries queries, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                var first = queries.CurrentYear;
                var occurrences = await queries.ForYearsAsync(first, SubscriptionYears, unitId, ct);
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.Content(ObservanceIcsWriter.Write(occurrences, time.GetUtcNow().UtcDateTime), ObservanceIcsWriter.ContentType);
            })
            .AllowAnonymous()
            .WithTags("Observances")
            .WithName("SubscribeObservanceCalendar")
            .WithSummary("Subscription feed for calendar apps: this year's and the next two years' occurrences as iCalendar.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
    }
}
