using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Identity.SignIn;

public static class LoginEndpoint
{
    public static void MapLogin(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/login", async Task<EmptyHttpResult> (LoginRequest request, SignInService signIn) =>
            {
                // The bearer handler writes {"tokenType","accessToken","expiresIn","refreshToken"}.
                await signIn.SignInAsync(request.Email, request.Password, IdentityConstants.BearerScheme);
                return TypedResults.Empty;
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithTags("Auth")
            .WithSummary("Sign in with e-mail and password; answers a bearer access token.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);
}
