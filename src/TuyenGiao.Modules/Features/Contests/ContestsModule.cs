using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Contests.Grading;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Features.Contests.Questions;
using TuyenGiao.Modules.Features.Contests.Results;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Contests;

/// <summary>Online contests: question banks, rounds, timed attempts, rankings with tie-breaks, unit prizes, and the opening rush.</summary>
public static class ContestsModule
{
    public static IServiceCollection AddContests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContestsOptions>().Bind(configuration.GetSection(ContestsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<ContestCatalog>();
        services.AddSingleton<PhoneRateLimiter>();
        services.AddSingleton<ContestWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ContestWriter>());
        services.AddScoped<ParticipationService>();
        services.AddScoped<ContestSetupService>();
        services.AddScoped<QuestionBankService>();
        services.AddScoped<RankingService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<PublicResultsService>();
        services.AddScoped<Grading.EssayGradingService>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuContests", "/quan-tri/cuoc-thi", MudBlazor.Icons.Material.Filled.EmojiEvents, 40));

        // Per-IP limit on the participant endpoints (needs app.UseRateLimiter() in the pipeline).
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(ParticipationEndpoints.IpPolicy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<ContestsOptions>>().Value.PerIpPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = Messages.Get("ContestsTooManyRequests"),
                        Detail = Messages.Get("ContestsTooManyPerIp"),
                    },
                });
            };
        });
        return services;
    }

    /// <summary>Seeds the demo contest (called by the host on start when demo data is on).</summary>
    public static Task SeedContestsAsync(this IServiceProvider services, CancellationToken ct = default) =>
        Seeding.ContestDemoSeeder.SeedAsync(services, ct);

    public static void MapContests(this IEndpointRouteBuilder api)
    {
        api.MapContestSetup();
        api.MapEssayGrading();
        api.MapParticipation();
        api.MapPublicResults();
    }
}
