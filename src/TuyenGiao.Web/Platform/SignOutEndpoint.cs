using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Web.Platform;

/// <summary><c>POST /dang-xuat</c>: the back-office's sign-out form (with its antiforgery token) ends the cookie session.</summary>
internal static class SignOutEndpoint
{
    public static void MapSignOut(this WebApplication app) =>
        app.MapPost("/dang-xuat", async Task<IResult> (HttpContext ctx, IAntiforgery antiforgery, IAuditLog audit, AppDbContext db) =>
            {
                // No form fields are bound here, so the antiforgery middleware would not check the token by itself.
                if (!await antiforgery.IsRequestValidAsync(ctx))
                {
                    return Results.BadRequest();
                }

                var user = ctx.User;
                if (user.Identity?.IsAuthenticated == true)
                {
                    audit.Record("auth.sign-out", "User", user.FindFirstValue(ClaimTypes.NameIdentifier), null);
                    await db.SaveChangesAsync(ctx.RequestAborted);
                }

                await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
                return Results.LocalRedirect("/");
            })
            .ExcludeFromDescription();
}
