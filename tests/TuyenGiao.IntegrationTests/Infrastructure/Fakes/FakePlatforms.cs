using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TuyenGiao.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A fake Graph API and Zalo OA Open API/OAuth on a real Kestrel server on loopback, speaking their
/// wire formats: Graph's error envelope <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>,
/// Zalo's <c>{"error":-216,"message":...}</c>. Scriptable per route (<see cref="Script"/>): fail the
/// next N calls, answer slower than the client's timeout (with or without performing the write), add
/// usage headers. Every request is recorded.
/// </summary>
public sealed partial class FakePlatforms : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> scripts = new();
    private readonly object gate = new();
    private WebApplication? app;
    private long nextId = 1000;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every request: method, path, form/JSON body text.</summary>
    public ConcurrentQueue<(string Method, string Path, string Body)> Requests { get; } = new();

    /// <summary>Posts on each Page's feed (page id → posts), as a reader of the page would see them.</summary>
    public ConcurrentDictionary<string, List<(string Id, string Message, string? Link)>> Feeds { get; } = new();

    /// <summary>Articles of each OA (access token's OA is not modelled: one list).</summary>
    public List<(string Id, string Title, string Token)> Articles { get; } = [];

    /// <summary>Valid Zalo access tokens and the current single-use refresh token.</summary>
    public HashSet<string> ZaloAccessTokens { get; } = [];

    public string? ZaloRefreshToken { get; set; }

    private int zaloRefreshCalls;

    public int ZaloRefreshCalls => Volatile.Read(ref zaloRefreshCalls);

    /// <summary>Facebook tokens that are expired (answer code 190).</summary>
    public HashSet<string> ExpiredFacebookTokens { get; } = [];

    /// <summary>Delay added to every answer (the benchmark's 50 ms).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Queues faults for the next calls of a route key: "fb-feed", "fb-photos", "fb-read", "zalo-create", "zalo-verify", "zalo-list", "zalo-token".</summary>
    public void Script(string route, FakeFault fault, int times = 1)
    {
        var queue = scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeFault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    public int Count(string method, string pathContains) => Requests.Count(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal));

    public int FeedPostCount => Feeds.Values.Sum(f => f.Count);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(ListenUrl);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Use(RandomFaultsAsync); // FakePlatforms.Faults.cs: planned faults per page/OA, one article list per OA
        app.MapPost("/{version}/{pageId}/feed", (Delegate)FeedPostAsync);
        app.MapPost("/{version}/{pageId}/photos", (Delegate)PhotoAsync);
        app.MapGet("/{version}/{pageId}/feed", (Delegate)FeedReadAsync);
        app.MapPost("/v2.0/article/create", (Delegate)ZaloCreateAsync);
        app.MapPost("/v2.0/article/verify", (Delegate)ZaloVerifyAsync);
        app.MapGet("/v2.0/article/getslice", (Delegate)ZaloListAsync);
        app.MapPost("/v4/oa/access_token", (Delegate)ZaloTokenAsync);
        MapEngagement(app); // FakePlatforms.Engagement.cs
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<string> RecordAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue((http.Request.Method, http.Request.Path + http.Request.QueryString, body));
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        return body;
    }

    private FakeFault? Next(string route) => scripts.TryGetValue(route, out var q) && q.TryDequeue(out var f) ? f : null;

    private static IResult GraphError(int status, int code, int? subcode, string message, IReadOnlyDictionary<string, string>? headers, HttpContext http)
    {
        foreach (var (k, v) in headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[k] = v;
        }

        return Results.Json(new { error = new { message, type = code == 190 ? "OAuthException" : "GraphMethodException", code, error_subcode = subcode, fbtrace_id = "AbCdEf123" } }, statusCode: status);
    }

    private async Task<IResult> FeedPostAsync(string pageId, HttpContext http)
    {
        var body = await RecordAsync(http);
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body);
        var token = form.TryGetValue("access_token", out var t) ? t.ToString() : string.Empty;
        if (ExpiredFacebookTokens.Contains(token))
        {
            return GraphError(400, 190, 463, "Error validating access token: Session has expired.", null, http);
        }

        var fault = Next("fb-feed");
        if (fault is { Code: { } code })
        {
            return GraphError(fault.HttpStatus == 200 ? 400 : fault.HttpStatus, code, fault.Subcode, "Scripted error", fault.Headers, http);
        }

        if (fault is { HttpStatus: >= 500 })
        {
            return Results.Json(new { error = new { message = "An unknown error has occurred.", type = "OAuthException", code = 1, fbtrace_id = "X" } }, statusCode: fault.HttpStatus);
        }

        string id;
        if (fault is null || fault.Commit)
        {
            lock (gate)
            {
                id = pageId + "_" + (++nextId).ToString(CultureInfo.InvariantCulture);
                Feeds.GetOrAdd(pageId, _ => []).Insert(0, (id, form["message"].ToString(), form.TryGetValue("link", out var l) ? l.ToString() : null));
            }
        }
        else
        {
            id = "never";
        }

        if (fault?.Delay is { } delay)
        {
            await Task.Delay(delay);
        }

        return Results.Json(new { id });
    }

    private async Task<IResult> PhotoAsync(string pageId, HttpContext http)
    {
        Requests.Enqueue(("POST", http.Request.Path.ToString(), "(multipart)"));
        await Task.CompletedTask;
        return Results.Json(new { id = "photo" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture) });
    }

    private async Task<IResult> FeedReadAsync(string pageId, HttpContext http)
    {
        await RecordAsync(http);
        var fault = Next("fb-read");
        if (fault is { Code: { } code })
        {
            return GraphError(fault.HttpStatus == 200 ? 400 : fault.HttpStatus, code, fault.Subcode, "Scripted error", fault.Headers, http);
        }

        List<(string Id, string Message, string? Link)> posts;
        lock (gate)
        {
            posts = Feeds.TryGetValue(pageId, out var f) ? [.. f] : [];
        }

        return Results.Json(new { data = posts.Select(p => new { id = p.Id, message = p.Message, link = p.Link, created_time = "2026-11-29T08:00:00+0000" }), paging = new { } });
    }

    private bool ZaloTokenValid(HttpContext http)
    {
        lock (gate)
        {
            return ZaloAccessTokens.Contains(http.Request.Headers["access_token"].ToString());
        }
    }

    private async Task<IResult> ZaloCreateAsync(HttpContext http)
    {
        var body = await RecordAsync(http);
        if (!ZaloTokenValid(http))
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        var fault = Next("zalo-create");
        if (fault is { Code: { } code })
        {
            return Results.Json(new { error = code, message = "Scripted error" });
        }

        var title = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!;
        var token = "tok" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        if (fault is null || fault.Commit)
        {
            lock (gate)
            {
                Articles.Insert(0, ("art" + token, title, token));
            }
        }

        if (fault?.Delay is { } delay)
        {
            await Task.Delay(delay);
        }

        return Results.Json(new { error = 0, message = "Success", data = new { token } });
    }

    private async Task<IResult> ZaloVerifyAsync(HttpContext http)
    {
        var body = await RecordAsync(http);
        if (!ZaloTokenValid(http))
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        if (Next("zalo-verify") is { Code: { } verifyCode })
        {
            return Results.Json(new { error = verifyCode, message = "Scripted error" });
        }

        var token = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString();
        lock (gate)
        {
            var article = Articles.FirstOrDefault(a => a.Token == token);
            return article.Id is null
                ? Results.Json(new { error = -201, message = "Article is not found" })
                : Results.Json(new { error = 0, message = "Success", data = new { id = article.Id } });
        }
    }

    private async Task<IResult> ZaloListAsync(HttpContext http)
    {
        await RecordAsync(http);
        if (!ZaloTokenValid(http))
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        lock (gate)
        {
            return Results.Json(new { error = 0, message = "Success", data = new { medias = Articles.Select(a => new { id = a.Id, title = a.Title, type = "normal", status = "show" }).ToList(), total = Articles.Count } });
        }
    }

    private async Task<IResult> ZaloTokenAsync(HttpContext http)
    {
        var body = await RecordAsync(http);
        Interlocked.Increment(ref zaloRefreshCalls);
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body);
        await Task.Delay(200); // slow enough for concurrent refreshers to overlap
        lock (gate)
        {
            if (form["grant_type"] == "refresh_token")
            {
                if (form["refresh_token"] != ZaloRefreshToken)
                {
                    return Results.Json(new { error = -14014, error_name = "Invalid refresh token", error_reason = "Refresh token is used or expired" });
                }
            }

            var access = "zat" + (++nextId).ToString(CultureInfo.InvariantCulture);
            ZaloRefreshToken = "zrt" + (++nextId).ToString(CultureInfo.InvariantCulture);
            ZaloAccessTokens.Add(access);
            return Results.Json(new { access_token = access, refresh_token = ZaloRefreshToken, expires_in = "90000" });
        }
    }
}
