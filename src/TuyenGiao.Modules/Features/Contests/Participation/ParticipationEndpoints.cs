using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Contests.Setup;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>
/// The participant flow (no sign-in; rate-limited per IP by the "contests-ip" policy and per
/// phone in the handlers). The attempt token (header <c>X-Attempt-Token</c>, or the cookie the
/// public pages set) is required on every attempt request.
/// </summary>
public static class ParticipationEndpoints
{
    public const string IpPolicy = "contests-ip";

    public static void MapParticipation(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contests/{id:int}").WithTags("Contests: taking part").AllowAnonymous().RequireRateLimiting(IpPolicy);

        group.MapGet("/public", async Task<Ok<PublicContestItem>> (int id, ContestSetupService setup, CancellationToken ct) =>
                TypedResults.Ok(await setup.GetPublicAsync(id, ct)))
            .WithName("GetPublicContest")
            .WithSummary("A published contest as participants see it: rules, rounds, attempt rules.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/units", async Task<Ok<IReadOnlyList<OrgUnitMatch>>> (int id, string? q, ContestCatalog catalog, IOrgHierarchy org, CancellationToken ct) =>
            {
                var contest = await catalog.GetAsync(id, ct);
                if (contest is not { IsPublished: true })
                {
                    throw Shared.Api.AppProblemException.NotFound();
                }

                return TypedResults.Ok(await org.SearchAsync(q, [contest.EligibleUnitId], 20, ct));
            })
            .WithName("SearchContestUnits")
            .WithSummary("Units of the eligible subtree whose name matches (tones and đ ignored): the registration unit picker.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/register", async Task<Ok<Registration>> (int id, RegisterRequest body, ParticipationService flow, CancellationToken ct) =>
                TypedResults.Ok(await flow.RegisterAsync(id, body, ct)))
            .WithName("RegisterForContest")
            .WithSummary("Registers a participant (one per phone per contest; consent to the personal-data notice required). Answers the registration secret, shown once.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/attempts", async Task<Ok<AttemptView>> (int id, ParticipantCredentials body, ParticipationService flow, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await flow.StartAsync(id, body, http.Connection.RemoteIpAddress?.ToString(), ct)))
            .WithName("StartAttempt")
            .WithSummary("Starts an attempt in the open round: questions drawn and options shuffled on the server, deadline set; answers the one-shot attempt token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/attempts/{attemptId:long}", async Task<Ok<AttemptView>> (int id, long attemptId, ParticipationService flow, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await flow.GetAsync(id, attemptId, ParticipationService.TokenFrom(http, attemptId), ct)))
            .WithName("GetAttempt")
            .WithSummary("Resumes an attempt: its questions, the answers saved, the time left; after the round closes, the score and correct options.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/attempts/{attemptId:long}/answers", async Task<Ok<AnswerSaved>> (int id, long attemptId, AnswerRequest body, ParticipationService flow, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await flow.SaveAnswerAsync(id, attemptId, ParticipationService.TokenFrom(http, attemptId), body, ct)))
            .WithName("SaveAnswer")
            .WithSummary("Saves one answer as it is chosen (replacing the previous one); refused after the deadline and grace or once submitted.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/attempts/{attemptId:long}/submit", async Task<Ok<SubmissionReceipt>> (int id, long attemptId, SubmitRequest body, ParticipationService flow, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await flow.SubmitAsync(id, attemptId, ParticipationService.TokenFrom(http, attemptId), body, http.Connection.RemoteIpAddress?.ToString(), ct)))
            .WithName("SubmitAttempt")
            .WithSummary("Submits the attempt (with any answers not yet saved, the prediction and the essay). Acknowledged only once committed. The score is published when the round closes.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/participants/data", async Task<Ok<ParticipantData>> (int id, ParticipantCredentials body, ParticipationService flow, CancellationToken ct) =>
                TypedResults.Ok(await flow.ExportAsync(id, body, ct)))
            .WithName("ExportParticipantData")
            .WithSummary("The participant's data (phone + registration secret): registration, attempts, answers.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/participants/erase", async Task<NoContent> (int id, ParticipantCredentials body, ParticipationService flow, CancellationToken ct) =>
            {
                await flow.EraseAsync(id, body, ct);
                return TypedResults.NoContent();
            })
            .WithName("EraseParticipant")
            .WithSummary("Erases the participant's personal data (phone + registration secret); anonymous counts and rankings stay.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
