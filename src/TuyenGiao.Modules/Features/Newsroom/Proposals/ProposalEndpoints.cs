using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Proposals;

/// <summary>Front-page proposals: propose a post to a unit above, accept or decline, list those waiting.</summary>
public static class ProposalEndpoints
{
    public static void MapProposals(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{id:long}/proposals", async Task<Created<ProposalItem>> (long id, ProposeRequest body, ProposalService proposals, CancellationToken ct) =>
            {
                var item = await proposals.ProposeAsync(id, body, ct);
                return TypedResults.Created($"/api/v1/proposals/{item.Id}", item);
            })
            .RequireAuthorization()
            .WithTags("Proposals")
            .WithName("ProposePost")
            .WithSummary("Proposes an approved or published post for the front page of a unit above the post's unit.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var group = api.MapGroup("/proposals").WithTags("Proposals").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<ProposalItem>>> (string? status, int? page, int? pageSize, ProposalService proposals, CancellationToken ct) =>
                TypedResults.Ok(await proposals.ListAsync(status, PageQuery.From(page, pageSize), ct)))
            .WithName("ListProposals")
            .WithSummary("Proposals to the units the caller approves for (status Pending by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/{id:long}/accept", async Task<Ok<ProposalItem>> (long id, DecideRequest? body, ProposalService proposals, CancellationToken ct) =>
                TypedResults.Ok(await proposals.AcceptAsync(id, body ?? new DecideRequest(null), ct)))
            .WithName("AcceptProposal")
            .WithSummary("The target unit's Approver puts the post on the unit's front page.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/decline", async Task<Ok<ProposalItem>> (long id, DecideRequest? body, ProposalService proposals, CancellationToken ct) =>
                TypedResults.Ok(await proposals.DeclineAsync(id, body ?? new DecideRequest(null), ct)))
            .WithName("DeclineProposal")
            .WithSummary("The target unit's Approver declines the proposal.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
