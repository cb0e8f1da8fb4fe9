using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>OAuth connection of Facebook Pages and Zalo OAs: the start URL and the platforms' redirects.</summary>
public static class ConnectEndpoints
{
    public static void MapConnect(this IEndpointRouteBuilder api)
    {
        api.MapPost("/channels/{id:long}/connect", async Task<Ok<ConnectStart>> (long id, ConnectService connect, CancellationToken ct) =>
                TypedResults.Ok(await connect.StartAsync(id, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("StartChannelConnect")
            .WithSummary("The platform's authorisation page for the channel (Zalo OAuth v4 with PKCE, or Facebook Login for Pages).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // The platforms redirect the browser here; the encrypted state names the channel, so no sign-in is needed.
        api.MapGet("/channels/connect/zalo/callback", async Task<RedirectHttpResult> (string? code, string? state, ConnectService connect, CancellationToken ct) =>
                TypedResults.Redirect(ConnectService.UnitPage(await connect.CompleteZaloAsync(code, state, ct))))
            .WithTags("Channels").AllowAnonymous()
            .WithName("CompleteZaloConnect")
            .WithSummary("Zalo's OAuth redirect: exchanges the code (with the PKCE verifier) and stores the token pair encrypted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/channels/connect/facebook/callback", async Task<RedirectHttpResult> (string? code, string? state, ConnectService connect, CancellationToken ct) =>
                TypedResults.Redirect(ConnectService.UnitPage(await connect.CompleteFacebookAsync(code, state, ct))))
            .WithTags("Channels").AllowAnonymous()
            .WithName("CompleteFacebookConnect")
            .WithSummary("Facebook's OAuth redirect: code → long-lived user token → the Page's token, stored encrypted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
