using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TuyenGiao.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// The reading side of the fake platforms, for the engagement import: a Page's followers, a post's
/// reactions/comments/shares and insights (the current "views" metrics), an OA's followers and an
/// article's totals. Tests set the figures; faults are scripted on "fb-engagement" and "zalo-engagement".
/// </summary>
public sealed partial class FakePlatforms
{
    /// <summary>Page id → followers_count (fan_count answers the same).</summary>
    public ConcurrentDictionary<string, long> PageFollowers { get; } = new();

    /// <summary>Facebook post id ("{page}_{n}") → its figures.</summary>
    public ConcurrentDictionary<string, FakePostFigures> PostFigures { get; } = new();

    /// <summary>The OA's num_follower.</summary>
    public long OaFollowers { get; set; }

    /// <summary>Zalo article id → its figures (Views = total_view, Reactions = total_like).</summary>
    public ConcurrentDictionary<string, FakePostFigures> ArticleFigures { get; } = new();

    private void MapEngagement(WebApplication web)
    {
        web.MapGet("/{version}/{objectId}", (Delegate)GraphObjectAsync);
        web.MapGet("/{version}/{postId}/insights", (Delegate)GraphInsightsAsync);
        web.MapGet("/v2.0/oa/getoa", (Delegate)ZaloOaInfoAsync);
        web.MapGet("/v2.0/article/getdetail", (Delegate)ZaloArticleDetailAsync);
    }

    /// <summary>Refuses a read: an expired token, or a fault scripted on "fb-engagement:{object id}" (that object only) or "fb-engagement".</summary>
    private IResult? GraphReadRefusal(HttpContext http, string objectId)
    {
        if (ExpiredFacebookTokens.Contains(http.Request.Query["access_token"].ToString()))
        {
            return GraphError(400, 190, 463, "Error validating access token: Session has expired.", null, http);
        }

        var fault = Next("fb-engagement:" + objectId) ?? Next("fb-engagement");
        if (fault is { Code: { } code })
        {
            return GraphError(fault.HttpStatus == 200 ? 400 : fault.HttpStatus, code, fault.Subcode, "Scripted error", fault.Headers, http);
        }

        return fault is { HttpStatus: >= 500 }
            ? Results.Json(new { error = new { message = "An unknown error has occurred.", type = "OAuthException", code = 1, fbtrace_id = "X" } }, statusCode: fault.HttpStatus)
            : null;
    }

    /// <summary><c>GET /{page-id}?fields=followers_count,fan_count</c> or <c>GET /{post-id}?fields=reactions.summary(...),comments.summary(...),shares</c>.</summary>
    private async Task<IResult> GraphObjectAsync(string objectId, HttpContext http)
    {
        await RecordAsync(http);
        if (GraphReadRefusal(http, objectId) is { } refused)
        {
            return refused;
        }

        if (!objectId.Contains('_', StringComparison.Ordinal))
        {
            var followers = PageFollowers.GetValueOrDefault(objectId);
            return Results.Json(new { id = objectId, followers_count = followers, fan_count = followers });
        }

        var f = PostFigures.GetValueOrDefault(objectId) ?? new FakePostFigures();
        var summary = new { order = "ranked", total_count = f.Reactions, can_like = true };
        // Graph leaves "shares" out when nobody shared the post.
        return f.Shares > 0
            ? Results.Json(new { id = objectId, reactions = new { data = Array.Empty<object>(), summary }, comments = new { data = Array.Empty<object>(), summary = new { order = "ranked", total_count = f.Comments, can_comment = true } }, shares = new { count = f.Shares } })
            : Results.Json(new { id = objectId, reactions = new { data = Array.Empty<object>(), summary }, comments = new { data = Array.Empty<object>(), summary = new { order = "ranked", total_count = f.Comments, can_comment = true } } });
    }

    /// <summary><c>GET /{post-id}/insights?metric=post_media_view,post_total_media_view_unique,post_clicks</c> (lifetime).</summary>
    private async Task<IResult> GraphInsightsAsync(string postId, HttpContext http)
    {
        await RecordAsync(http);
        if (GraphReadRefusal(http, postId + "/insights") is { } refused)
        {
            return refused;
        }

        var f = PostFigures.GetValueOrDefault(postId) ?? new FakePostFigures();
        var known = new Dictionary<string, long>
        {
            ["post_media_view"] = f.Views,
            ["post_total_media_view_unique"] = f.Viewers,
            ["post_clicks"] = f.Clicks,
        };
        var asked = http.Request.Query["metric"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var unknown = asked.FirstOrDefault(m => !known.ContainsKey(m));
        if (unknown is not null)
        {
            return GraphError(400, 100, 2108006, $"(#100) The value must be a valid insights metric: {unknown}", null, http);
        }

        return Results.Json(new
        {
            data = asked.Select(m => new
            {
                name = m,
                period = "lifetime",
                values = new[] { new { value = known[m] } },
                title = m,
                description = m,
                id = $"{postId}/insights/{m}/lifetime",
            }),
            paging = new { },
        });
    }

    private IResult? ZaloReadRefusal(HttpContext http)
    {
        if (!ZaloTokenValid(http))
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        return Next("zalo-engagement") is { Code: { } code } ? Results.Json(new { error = code, message = "Scripted error" }) : null;
    }

    /// <summary><c>GET /v2.0/oa/getoa</c>: the OA's profile with num_follower.</summary>
    private async Task<IResult> ZaloOaInfoAsync(HttpContext http)
    {
        await RecordAsync(http);
        return ZaloReadRefusal(http) ?? Results.Json(new { error = 0, message = "Success", data = new { oa_id = "1", name = "Công đoàn", num_follower = OaFollowers, is_verified = true } });
    }

    /// <summary><c>GET /v2.0/article/getdetail?id=</c>: the article with its totals.</summary>
    private async Task<IResult> ZaloArticleDetailAsync(HttpContext http)
    {
        await RecordAsync(http);
        if (ZaloReadRefusal(http) is { } refused)
        {
            return refused;
        }

        var id = http.Request.Query["id"].ToString();
        (string Id, string Title, string Token) article;
        lock (gate)
        {
            article = Articles.FirstOrDefault(a => a.Id == id);
        }

        if (article.Id is null)
        {
            return Results.Json(new { error = -201, message = "Article is not found" });
        }

        var f = ArticleFigures.GetValueOrDefault(id) ?? new FakePostFigures();
        return Results.Json(new { error = 0, message = "Success", data = new { id, type = "normal", title = article.Title, status = "show", total_view = f.Views, total_share = f.Shares, total_like = f.Reactions, total_comment = f.Comments } });
    }
}

/// <summary>A post's figures on a fake platform (settable by tests).</summary>
public sealed class FakePostFigures
{
    public long Reactions { get; set; }

    public long Comments { get; set; }

    public long Shares { get; set; }

    public long Views { get; set; }

    public long Viewers { get; set; }

    public long Clicks { get; set; }
}
