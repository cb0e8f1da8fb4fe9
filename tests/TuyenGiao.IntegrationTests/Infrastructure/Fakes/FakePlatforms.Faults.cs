using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TuyenGiao.IntegrationTests.Infrastructure.Fakes;

/// <summary>What a planned fault does to a Page's or an OA's writes (<c>POST /{page}/feed</c>, <c>article/create</c>).</summary>
public enum PlannedFault
{
    None,

    /// <summary>The first write answers HTTP 500; the next succeeds.</summary>
    ServerError,

    /// <summary>Every write answers HTTP 500: the delivery fails after its attempts.</summary>
    ServerDown,

    /// <summary>The first write answers Graph code 4 (application request limit).</summary>
    GraphRateLimitApp,

    /// <summary>The first write answers Graph code 17 (user request limit).</summary>
    GraphRateLimitUser,

    /// <summary>The first write answers Graph code 32 (page request limit).</summary>
    GraphRateLimitPage,

    /// <summary>The first write answers Graph code 613 (calls within one hour exceeded).</summary>
    GraphRateLimitCalls,

    /// <summary>The first write answers Zalo -32 (rate limit).</summary>
    ZaloRateLimit,

    /// <summary>The first write answers later than the client's timeout and is not performed.</summary>
    Slow,

    /// <summary>The first write is performed but its answer is lost (the connection drops).</summary>
    LostResponse,

    /// <summary>The token is expired: Graph 190 / Zalo -216 on every call.</summary>
    ExpiredToken,
}

/// <summary>
/// Random faults for a fan-out (a plan drawn with a fixed seed, one fault per chosen Page or OA) and
/// one article list per Zalo OA (an OA is known by the access token registered with
/// <see cref="RegisterOa"/>; other tokens keep the single shared list). Runs as a middleware in
/// front of the routes, so the scripted faults (<see cref="Script"/>) work as before.
/// </summary>
public sealed partial class FakePlatforms
{
    private static readonly PlannedFault[] FacebookPattern =
    [
        PlannedFault.ServerError, PlannedFault.LostResponse, PlannedFault.Slow, PlannedFault.GraphRateLimitApp,
        PlannedFault.LostResponse, PlannedFault.GraphRateLimitUser, PlannedFault.ServerError, PlannedFault.GraphRateLimitPage,
        PlannedFault.Slow, PlannedFault.GraphRateLimitCalls, PlannedFault.LostResponse, PlannedFault.ExpiredToken,
        PlannedFault.ServerError, PlannedFault.ServerDown, PlannedFault.LostResponse, PlannedFault.Slow,
    ];

    private static readonly PlannedFault[] ZaloPattern =
    [
        PlannedFault.ServerError, PlannedFault.LostResponse, PlannedFault.Slow, PlannedFault.ZaloRateLimit,
        PlannedFault.LostResponse, PlannedFault.ServerError, PlannedFault.ZaloRateLimit, PlannedFault.Slow,
        PlannedFault.LostResponse, PlannedFault.ExpiredToken, PlannedFault.ServerError, PlannedFault.ZaloRateLimit,
        PlannedFault.LostResponse, PlannedFault.Slow, PlannedFault.ServerDown, PlannedFault.ExpiredToken,
    ];

    private readonly ConcurrentDictionary<string, PlannedFault> plan = new();
    private readonly ConcurrentDictionary<string, int> writes = new();
    private readonly ConcurrentDictionary<string, string> oaTokens = new();
    private long lostAnswers;

    /// <summary>Where the fakes listen (a fixed port for a server started before them; default any free port).</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:0";

    /// <summary>How long a <see cref="PlannedFault.Slow"/> write takes to (not) answer: longer than the client's timeout.</summary>
    public TimeSpan SlowAnswer { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Articles per Zalo OA (OA id → newest first), for OAs registered with <see cref="RegisterOa"/>.</summary>
    public ConcurrentDictionary<string, List<(string Id, string Title, string Token)>> OaArticles { get; } = new();

    /// <summary>The faults in force (Page or OA id → fault).</summary>
    public IReadOnlyDictionary<string, PlannedFault> Plan => plan;

    /// <summary>Writes performed whose answers were dropped on purpose.</summary>
    public long LostAnswers => Interlocked.Read(ref lostAnswers);

    /// <summary>Posts on Pages plus articles of registered OAs: what readers see.</summary>
    public int PublishedCount
    {
        get
        {
            lock (gate)
            {
                return Feeds.Values.Sum(f => f.Count) + OaArticles.Values.Sum(a => a.Count);
            }
        }
    }

    /// <summary>Calls to the write route of a Page or OA (feed posts, article creations), faulted ones included.</summary>
    public int WritesTo(string target) => writes.GetValueOrDefault(target);

    /// <summary>Makes <paramref name="accessToken"/> the token of OA <paramref name="oaId"/>, with its own article list.</summary>
    public void RegisterOa(string oaId, string accessToken)
    {
        oaTokens[accessToken] = oaId;
        OaArticles.TryAdd(oaId, []);
    }

    /// <summary>What readers of a Page or registered OA see: the ids of its posts or articles, newest first.</summary>
    public IReadOnlyList<string> PostsOn(string target)
    {
        lock (gate)
        {
            if (Feeds.TryGetValue(target, out var feed))
            {
                return feed.Select(p => p.Id).ToList();
            }

            return OaArticles.TryGetValue(target, out var articles) ? articles.Select(a => a.Id).ToList() : [];
        }
    }

    /// <summary>Sets one fault on a Page or OA.</summary>
    public void PlanFault(string target, PlannedFault fault) => plan[target] = fault;

    /// <summary>
    /// Chooses <paramref name="rate"/> of the Pages and of the OAs at random (fixed <paramref name="seed"/>:
    /// the same plan every run) and gives each a fault from a mix covering every kind: HTTP 500, rate
    /// limits (Graph 4/17/32/613, Zalo -32), answers slower than the timeout, lost answers of performed
    /// writes, expired tokens, a platform down for good.
    /// </summary>
    public IReadOnlyDictionary<string, PlannedFault> PlanRandomFaults(IReadOnlyList<string> pageIds, IReadOnlyList<string> oaIds, double rate, int seed)
    {
        var random = new Random(seed);
        Choose(pageIds, FacebookPattern);
        Choose(oaIds, ZaloPattern);
        return plan;

        void Choose(IReadOnlyList<string> targets, PlannedFault[] pattern)
        {
            var count = (int)Math.Round(targets.Count * rate, MidpointRounding.AwayFromZero);
            var chosen = targets.OrderBy(_ => random.Next()).Take(count).ToList();
            for (var i = 0; i < chosen.Count; i++)
            {
                plan[chosen[i]] = pattern[i % pattern.Length];
            }
        }
    }

    private async Task RandomFaultsAsync(HttpContext http, RequestDelegate next)
    {
        var segments = (http.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is [_, var pageId, "feed"] && !segments[0].StartsWith("v2.0", StringComparison.Ordinal))
        {
            await FacebookAsync(http, next, pageId);
            return;
        }

        if (segments is ["v2.0", "article", var action] && oaTokens.TryGetValue(http.Request.Headers["access_token"].ToString(), out var oaId))
        {
            await ZaloAsync(http, oaId, action);
            return;
        }

        await next(http);
    }

    private async Task FacebookAsync(HttpContext http, RequestDelegate next, string pageId)
    {
        var fault = plan.GetValueOrDefault(pageId);
        var isWrite = HttpMethods.IsPost(http.Request.Method);
        if (fault == PlannedFault.ExpiredToken)
        {
            await DrainAsync(http);
            await WriteJsonAsync(http, 400, new { error = new { message = "Error validating access token: Session has expired on Friday, 27-Nov-26.", type = "OAuthException", code = 190, error_subcode = 463, fbtrace_id = "Fx190" } });
            return;
        }

        if (!isWrite)
        {
            await next(http);
            return;
        }

        var n = writes.AddOrUpdate(pageId, 1, (_, c) => c + 1);
        int? rateCode = fault switch
        {
            PlannedFault.GraphRateLimitApp => 4,
            PlannedFault.GraphRateLimitUser => 17,
            PlannedFault.GraphRateLimitPage => 32,
            PlannedFault.GraphRateLimitCalls => 613,
            _ => null,
        };
        if (rateCode is { } code && n == 1)
        {
            await DrainAsync(http);
            await WriteJsonAsync(http, 400, new { error = new { message = "(#" + code.ToString(CultureInfo.InvariantCulture) + ") Request limit reached", type = "OAuthException", code, fbtrace_id = "FxRate" } });
            return;
        }

        if ((fault == PlannedFault.ServerError && n == 1) || fault == PlannedFault.ServerDown)
        {
            await DrainAsync(http);
            await WriteJsonAsync(http, 500, new { error = new { message = "An unexpected error has occurred. Please retry your request later.", type = "OAuthException", code = 2, is_transient = true, fbtrace_id = "Fx500" } });
            return;
        }

        if (fault == PlannedFault.Slow && n == 1)
        {
            await DrainAsync(http);
            await SlowAsync(http);
            return;
        }

        if (fault == PlannedFault.LostResponse && n == 1)
        {
            await LoseAnswerAsync(http, next);
            return;
        }

        await next(http);
    }

    private async Task ZaloAsync(HttpContext http, string oaId, string action)
    {
        var body = await RecordAsync(http);
        var fault = plan.GetValueOrDefault(oaId);
        if (fault == PlannedFault.ExpiredToken)
        {
            await WriteJsonAsync(http, 200, new { error = -216, message = "Access token is invalid" });
            return;
        }

        var articles = OaArticles.GetOrAdd(oaId, _ => []);
        switch (action)
        {
            case "create":
                var n = writes.AddOrUpdate(oaId, 1, (_, c) => c + 1);
                if (fault == PlannedFault.ZaloRateLimit && n == 1)
                {
                    await WriteJsonAsync(http, 200, new { error = -32, message = "Request exceeds the rate limit" });
                    return;
                }

                if ((fault == PlannedFault.ServerError && n == 1) || fault == PlannedFault.ServerDown)
                {
                    http.Response.StatusCode = 500;
                    await http.Response.WriteAsync("<html><body>502 Bad Gateway</body></html>");
                    return;
                }

                if (fault == PlannedFault.Slow && n == 1)
                {
                    await SlowAsync(http);
                    return;
                }

                var title = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString() ?? string.Empty;
                var token = "tok" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
                lock (gate)
                {
                    articles.Insert(0, (oaId + "_art" + token, title, token));
                }

                if (fault == PlannedFault.LostResponse && n == 1)
                {
                    Interlocked.Increment(ref lostAnswers);
                    http.Abort();
                    return;
                }

                await WriteJsonAsync(http, 200, new { error = 0, message = "Success", data = new { token } });
                return;
            case "verify":
                var wanted = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString();
                string? id;
                lock (gate)
                {
                    id = articles.FirstOrDefault(a => a.Token == wanted).Id;
                }

                await (id is null
                    ? WriteJsonAsync(http, 200, new { error = -201, message = "Article is not found" })
                    : WriteJsonAsync(http, 200, new { error = 0, message = "Success", data = new { id } }));
                return;
            case "getslice":
                object[] medias;
                lock (gate)
                {
                    medias = articles.Select(a => (object)new { id = a.Id, title = a.Title, type = "normal", status = "show" }).ToArray();
                }

                await WriteJsonAsync(http, 200, new { error = 0, message = "Success", data = new { medias, total = medias.Length } });
                return;
            default:
                await WriteJsonAsync(http, 200, new { error = -201, message = "Unknown action" });
                return;
        }
    }

    /// <summary>Lets the route perform the write with its answer held back, then drops the connection.</summary>
    private async Task LoseAnswerAsync(HttpContext http, RequestDelegate next)
    {
        using var held = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        await next(http);
        Interlocked.Increment(ref lostAnswers);
        http.Abort();
    }

    private async Task SlowAsync(HttpContext http)
    {
        try
        {
            await Task.Delay(SlowAnswer, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, as intended.
        }

        http.Abort();
    }

    private static async Task DrainAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        await reader.ReadToEndAsync();
    }

    private static Task WriteJsonAsync(HttpContext http, int status, object body)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(body);
    }
}
