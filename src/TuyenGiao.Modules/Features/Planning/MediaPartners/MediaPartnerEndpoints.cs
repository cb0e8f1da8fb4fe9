using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary><c>/api/v1/media-partners</c>: press partners, their agreements and commissioned pieces (overdue flagged).</summary>
public static class MediaPartnerEndpoints
{
    public static void MapMediaPartners(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/media-partners").WithTags("Media partners").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<MediaPartnerItem>>> (int? under, string? q, int? page, int? pageSize, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.ListAsync(under, q, PageQuery.From(page, pageSize), ct)))
            .WithName("ListMediaPartners")
            .WithSummary("Media partners of the units the caller sees; under= a unit's subtree, q= name words (diacritics optional).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}", async Task<Ok<MediaPartnerItem>> (int id, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.GetAsync(id, ct)))
            .WithName("GetMediaPartner")
            .WithSummary("One media partner with its agreement, piece and overdue-piece counts.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<MediaPartnerItem>> (SaveMediaPartnerRequest body, MediaPartnerService partners, CancellationToken ct) =>
            {
                var item = await partners.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/media-partners/{item.Id}", item);
            })
            .WithName("CreateMediaPartner")
            .WithSummary("Adds a media partner to a unit (EditContent in that unit).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<MediaPartnerItem>> (int id, SaveMediaPartnerRequest body, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.UpdateAsync(id, body, ct)))
            .WithName("UpdateMediaPartner")
            .WithSummary("Replaces a media partner's fields.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, MediaPartnerService partners, CancellationToken ct) =>
            {
                await partners.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteMediaPartner")
            .WithSummary("Removes a media partner with its agreements and pieces.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/agreements", async Task<Ok<PagedResult<MediaAgreementItem>>> (int id, MediaPartnerService partners, CancellationToken ct) =>
            {
                var items = await partners.AgreementsAsync(id, ct);
                return TypedResults.Ok(new PagedResult<MediaAgreementItem>(items, items.Count));
            })
            .WithName("ListMediaAgreements")
            .WithSummary("A partner's agreements, latest first; current = today lies within the period.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/agreements", async Task<Created<MediaAgreementItem>> (int id, SaveAgreementRequest body, MediaPartnerService partners, CancellationToken ct) =>
            {
                var item = await partners.SaveAgreementAsync(id, null, body, ct);
                return TypedResults.Created($"/api/v1/media-partners/{id}/agreements/{item.Id}", item);
            })
            .WithName("CreateMediaAgreement")
            .WithSummary("Adds an agreement (period, value in đồng, terms, attachment link).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}/agreements/{agreementId:int}", async Task<Ok<MediaAgreementItem>> (int id, int agreementId, SaveAgreementRequest body, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.SaveAgreementAsync(id, agreementId, body, ct)))
            .WithName("UpdateMediaAgreement")
            .WithSummary("Replaces an agreement's fields.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}/agreements/{agreementId:int}", async Task<NoContent> (int id, int agreementId, MediaPartnerService partners, CancellationToken ct) =>
            {
                await partners.DeleteAgreementAsync(id, agreementId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteMediaAgreement")
            .WithSummary("Removes an agreement.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/pieces", async Task<Ok<PagedResult<CommissionedPieceItem>>> (int? under, int? planId, bool? overdue, string? status, int? page, int? pageSize, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.PiecesAsync(new PieceQuery(under, null, planId, overdue, status), PageQuery.From(page, pageSize), ct)))
            .WithName("ListCommissionedPieces")
            .WithSummary("Commissioned pieces of every partner the caller sees, earliest due first; overdue=true only those past due and neither published nor cancelled; under=, planId=, status=.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/pieces", async Task<Ok<PagedResult<CommissionedPieceItem>>> (int id, int? planId, bool? overdue, string? status, int? page, int? pageSize, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.PiecesAsync(new PieceQuery(null, id, planId, overdue, status), PageQuery.From(page, pageSize), ct)))
            .WithName("ListPartnerPieces")
            .WithSummary("A partner's commissioned pieces; overdue=true only the overdue ones.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/pieces/{pieceId:int}", async Task<Ok<CommissionedPieceItem>> (int id, int pieceId, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.GetPieceAsync(id, pieceId, ct)))
            .WithName("GetCommissionedPiece")
            .WithSummary("One commissioned piece.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/pieces", async Task<Created<CommissionedPieceItem>> (int id, SavePieceRequest body, MediaPartnerService partners, CancellationToken ct) =>
            {
                var item = await partners.SavePieceAsync(id, null, body, ct);
                return TypedResults.Created($"/api/v1/media-partners/{id}/pieces/{item.Id}", item);
            })
            .WithName("CreateCommissionedPiece")
            .WithSummary("Commissions a piece (title, due date, status, published link, cost in đồng, plan optional).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}/pieces/{pieceId:int}", async Task<Ok<CommissionedPieceItem>> (int id, int pieceId, SavePieceRequest body, MediaPartnerService partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.SavePieceAsync(id, pieceId, body, ct)))
            .WithName("UpdateCommissionedPiece")
            .WithSummary("Replaces a piece's fields (e.g. marks it published with its link).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}/pieces/{pieceId:int}", async Task<NoContent> (int id, int pieceId, MediaPartnerService partners, CancellationToken ct) =>
            {
                await partners.DeletePieceAsync(id, pieceId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCommissionedPiece")
            .WithSummary("Removes a commissioned piece.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
