using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Web.Platform;

/// <summary>
/// Turns failures into RFC 9457 problem details: <see cref="AppProblemException"/> with its status
/// and Vietnamese title, malformed requests as 400, anything else as 500 without a stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case AppProblemException app:
                problem = new ProblemDetails { Status = app.Status, Title = app.Title, Detail = app.Detail };
                if (app.Errors.Count > 0)
                {
                    problem.Extensions["errors"] = app.Errors;
                }

                break;
            case BadHttpRequestException bad:
                problem = new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = Messages.Get("ValidationFailed"),
                    Detail = bad.InnerException is System.Text.Json.JsonException ? Messages.Get("BadJson") : bad.Message,
                };
                break;
            default:
                logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = Messages.Get("ServerError") };
                break;
        }

        if (!httpContext.Request.Path.StartsWithSegments("/api") && problem.Status >= 500)
        {
            return false; // pages show the error page
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
