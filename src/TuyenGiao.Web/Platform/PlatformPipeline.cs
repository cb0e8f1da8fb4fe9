using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace TuyenGiao.Web.Platform;

internal static class PlatformPipeline
{
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();

        // A page address that leads nowhere (an unknown path, a post that is not published) answers 404
        // with the site's "not found" page, header and search included, instead of an empty body the
        // browser would replace with its own error screen.
        app.UseWhen(
            ctx => !ctx.Request.Path.StartsWithSegments("/api") && (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)),
            web => web.UseStatusCodePagesWithReExecute("/khong-tim-thay", createScopeForStatusCodePages: true));
        app.UseStatusCodePages(async ctx =>
        {
            // API routes answer problem details for bare status codes (401, 404, 405 …).
            if (ctx.HttpContext.Request.Path.StartsWithSegments("/api") && !ctx.HttpContext.Response.HasStarted)
            {
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                var status = ctx.HttpContext.Response.StatusCode;
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = status,
                        Title = status switch
                        {
                            400 => Modules.Shared.Api.Messages.Get("ValidationFailed"),
                            401 => Modules.Shared.Api.Messages.Get("Unauthorized"),
                            403 => Modules.Shared.Api.Messages.Get("Forbidden"),
                            404 => Modules.Shared.Api.Messages.Get("NotFound"),
                            _ => null,
                        },
                    },
                });
            }
        });
        // Routing after the status code pages, so that a re-executed request (the "not found" page) is routed again.
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache(); // after authentication (never serve a signed-in user from the cache) and localization (the cache varies by culture)
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("TuyenGiao API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGet("/culture/{name}", (string name, string? redirect, HttpContext ctx) =>
        {
            var culture = PlatformServices.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == name) ?? PlatformServices.Cultures[0];
            ctx.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) ? redirect : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        app.MapSignOut();
        return app;
    }

    /// <summary>The <c>/api/v1</c> group every module maps into.</summary>
    public static RouteGroupBuilder MapApi(this WebApplication app) =>
        app.MapGroup("/api/v1").DisableAntiforgery();
}
