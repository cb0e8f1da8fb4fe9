using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.Web.Platform;

/// <summary>What every module stands on: database, problem details, OpenAPI, health, localisation, time.</summary>
internal static class PlatformServices
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SiteInfo>();
        services.AddAppDatabase(configuration);
        // Vietnamese letters go out as UTF-8, not as numeric entities.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddDataProtection().SetApplicationName("TuyenGiao").PersistKeysToDbContext<AppDbContext>();

        services.AddProblemDetails();
        // Malformed bodies and parameters reach ProblemExceptionHandler (a Vietnamese problem), in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TuyenGiao API";
            doc.Info.Version = "v1";
            doc.Info.Description = "The JSON API of TuyenGiao. Sign in with POST /api/v1/auth/login and send the access token as 'Authorization: Bearer …'. Lists take page and pageSize (up to 1000) and answer {\"items\": [...], \"total\": N}; errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        // Prometheus metrics at /metrics: request rates and durations, runtime (GC, threads).
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore")
            .AddPrometheusExporter());

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Vietnamese first: only an explicit choice (cookie or ?culture=) switches to English.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // Registered before AddMudServices, which only adds its own localizer when none is there.
        services.AddTransient<MudBlazor.MudLocalizer, VietnameseMudLocalizer>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new Modules.Shared.Text.NfcStringJsonConverter());
        });
        return services;
    }
}
