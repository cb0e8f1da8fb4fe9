using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary><c>/api/v1/calendar</c>: solar ↔ Vietnamese lunar conversions, public.</summary>
public static class LunarCalendarEndpoints
{
    public static void MapLunarCalendar(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar").AllowAnonymous();

        group.MapGet("/lunar", Ok<LunarDateItem> (string? date) =>
            {
                var solar = DateQuery.Parse(date, "date") ?? throw AppProblemException.Invalid([new FieldError("date", Messages.Get("Required", "date"))]);
                if (!VietnameseLunarCalendar.IsSupported(solar))
                {
                    throw AppProblemException.Invalid([new FieldError("date", Messages.Get("PlanningYearRange", VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear))]);
                }

                return TypedResults.Ok(LunarDateItem.From(VietnameseLunarCalendar.ToLunar(solar)));
            })
            .WithName("GetLunarDate")
            .WithSummary("The Vietnamese lunar date (UTC+7) of a solar date yyyy-MM-dd of 1900–2100, with the can chi name of the lunar year.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/solar", Ok<SolarDateItem> (int? year, int? month, int? day, bool? leapMonth) =>
            {
                var missing = new List<FieldError>();
                foreach (var (name, value) in new[] { ("year", year), ("month", month), ("day", day) })
                {
                    if (value is null)
                    {
                        missing.Add(new FieldError(name, Messages.Get("Required", name)));
                    }
                }

                if (missing.Count > 0)
                {
                    throw AppProblemException.Invalid(missing);
                }

                LunarDateProblems.EnsureYear(year!.Value, "year");
                var leap = leapMonth ?? false;
                if (VietnameseLunarCalendar.Validate(day!.Value, month!.Value, year.Value, leap) is { } error)
                {
                    throw LunarDateProblems.NotExisting(error, day.Value, month.Value, year.Value, leap);
                }

                return TypedResults.Ok(new SolarDateItem(VietnameseLunarCalendar.ToSolar(day.Value, month.Value, year.Value, leap)));
            })
            .WithName("GetSolarDate")
            .WithSummary("The solar date of a Vietnamese lunar date (lunar year 1900–2100; leapMonth=true for the leap month). 400 when that lunar date does not exist.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
