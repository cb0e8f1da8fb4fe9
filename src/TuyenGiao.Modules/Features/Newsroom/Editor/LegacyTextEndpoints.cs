using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Editor;

/// <summary>Body of <c>POST /api/v1/text/legacy-convert</c>: the text, and optionally the encoding to convert from (else detected).</summary>
public sealed record LegacyConvertRequest(string? Text, string? Encoding = null);

/// <summary>The encoding found (<c>unicode</c>, <c>tcvn3</c>, <c>vni</c>), how sure (0–1), and the text in Unicode NFC.</summary>
public sealed record LegacyConvertResult(string Encoding, double Confidence, string Converted);

/// <summary><c>/api/v1/text/legacy-convert</c>: TCVN3/VNI text to Unicode (signed in).</summary>
public static class LegacyTextEndpoints
{
    public const int MaxTextLength = 1_000_000;

    public static void MapLegacyText(this IEndpointRouteBuilder api)
    {
        api.MapPost("/text/legacy-convert", Ok<LegacyConvertResult> (LegacyConvertRequest body) => TypedResults.Ok(Convert(body)))
            .WithTags("Newsroom")
            .RequireAuthorization()
            .WithName("ConvertLegacyVietnameseText")
            .WithSummary("Detects text typed in the legacy TCVN3 (ABC) or VNI-Windows encodings and converts it to Unicode NFC.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    public static LegacyConvertResult Convert(LegacyConvertRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Text is null)
        {
            errors.Add(new FieldError("text", Messages.Get("Required", "text")));
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors.Add(new FieldError("text", Messages.Get("TooLong", "text", MaxTextLength)));
        }

        LegacyEncoding? forced = null;
        if (!string.IsNullOrWhiteSpace(request.Encoding))
        {
            forced = LegacyVietnameseText.ParseApiName(request.Encoding);
            if (forced is null)
            {
                errors.Add(new FieldError("encoding", Messages.Get("EditorBadEncoding", request.Encoding)));
            }
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var detection = forced is { } f ? new LegacyDetection(f, 1) : LegacyVietnameseText.Detect(request.Text);
        return new LegacyConvertResult(
            LegacyVietnameseText.ApiName(detection.Encoding),
            detection.Confidence,
            LegacyVietnameseText.ToUnicode(request.Text, detection.Encoding));
    }
}
