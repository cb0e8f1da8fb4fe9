using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Features.Channels.Connect;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Features.Channels.Engagement;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Channels.Preview;
using TuyenGiao.Modules.Features.Channels.Registry;
using TuyenGiao.Modules.Features.Channels.Targets;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Channels;

/// <summary>Every unit's Facebook Page, Zalo OA, Zalo group, website and e-mail list; the publishing outbox; coverage.</summary>
public static class ChannelsModule
{
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelsOptions>()
            .Bind(configuration.GetSection(ChannelsOptions.Section))
            .Configure(o => o.PublicBaseUrl = configuration["Site:PublicBaseUrl"] ?? o.PublicBaseUrl)
            .Validate(o => Uri.IsWellFormedUriString(o.Facebook.GraphBaseUrl, UriKind.Absolute) && Uri.IsWellFormedUriString(o.Zalo.OpenApiBaseUrl, UriKind.Absolute) && Uri.IsWellFormedUriString(o.Zalo.OAuthBaseUrl, UriKind.Absolute), "Channels: base URLs must be absolute.")
            .Validate(o => Uri.IsWellFormedUriString(o.PublicBaseUrl, UriKind.Absolute), "Site:PublicBaseUrl must be an absolute URL.")
            .Validate(o => o.Outbox.BatchSize is > 0 and <= 1000 && o.Outbox.MaxAttempts > 0 && o.Outbox.LeaseSeconds > 0, "Channels:Outbox settings out of range.")
            .ValidateOnStart();

        // Base addresses and timeouts are read from the bound options when a client is built, so
        // settings given after registration (tests, staging) are the ones used.
        services.AddHttpClient<FacebookGraphClient>((sp, c) => c.BaseAddress = BaseAddress(sp, o => o.Facebook.GraphBaseUrl))
            .AddStandardResilienceHandler().Configure((r, sp) => Resilience(r, sp.GetRequiredService<IOptions<ChannelsOptions>>().Value.Facebook.TimeoutSeconds));
        services.AddHttpClient<ZaloOaClient>((sp, c) => c.BaseAddress = BaseAddress(sp, o => o.Zalo.OpenApiBaseUrl))
            .AddStandardResilienceHandler().Configure((r, sp) => Resilience(r, sp.GetRequiredService<IOptions<ChannelsOptions>>().Value.Zalo.TimeoutSeconds));
        services.AddHttpClient<ZaloOAuthClient>((sp, c) => c.BaseAddress = BaseAddress(sp, o => o.Zalo.OAuthBaseUrl))
            .AddStandardResilienceHandler().Configure((r, sp) => Resilience(r, sp.GetRequiredService<IOptions<ChannelsOptions>>().Value.Zalo.TimeoutSeconds));

        services.AddSingleton<TokenProtector>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<ZaloTokenRefresher>();
        services.AddHostedService<DeliveryWorker>();
        services.AddScoped<SubtreeUnits>();
        services.AddScoped<CoverageQueries>();
        services.AddScoped<ChannelService>();
        services.AddScoped<DeliveryService>();
        services.AddScoped<ChannelPreviewService>();
        services.AddScoped<ChannelRenderer>();
        services.AddScoped<IChannelAdapter, FacebookPageAdapter>();
        services.AddScoped<IChannelAdapter, ZaloOaAdapter>();
        services.AddScoped<IChannelAdapter, EmailAdapter>();
        services.AddScoped<IPostPublicationObserver, ChannelOutboxObserver>();
        services.AddScoped<ConnectService>();
        services.AddScoped<Seeding.ChannelDemoSeeder>();
        AddEngagement(services, configuration);
        services.AddScoped<PublicationTargetsValidator>();
        services.AddScoped<IPublicationTargetsValidator>(sp => sp.GetRequiredService<PublicationTargetsValidator>());
        services.AddSingleton(new BackOfficeMenuItem("ChannelsMenu", "/quan-tri/kenh-truyen-thong", MudBlazor.Icons.Material.Filled.Share, 45));
        return services;
    }

    /// <summary>Seeds the demo's channels (the federation's Page and OA, upper-level and grassroots groups) on the first start.</summary>
    public static Task SeedChannelsAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<Seeding.ChannelDemoSeeder>().SeedAsync(ct);

    public static void MapChannels(this IEndpointRouteBuilder api)
    {
        ChannelEndpoints.MapChannels(api);
        api.MapDeliveries();
        api.MapConnect();
        api.MapEngagement();
    }

    /// <summary>The periodic import of likes, shares, views and followers, its queries, the post and dashboard panels.</summary>
    private static void AddEngagement(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EngagementOptions>()
            .Bind(configuration.GetSection(EngagementOptions.Section))
            .Validate(o => o.IntervalMinutes > 0 && o.WindowDays > 0 && o.LeaseMinutes > 0 && o.StartDelaySeconds >= 0, "Channels:Engagement settings out of range.")
            .ValidateOnStart();
        services.AddHttpClient<FacebookEngagementClient>((sp, c) => c.BaseAddress = BaseAddress(sp, o => o.Facebook.GraphBaseUrl))
            .AddStandardResilienceHandler().Configure((r, sp) => Resilience(r, sp.GetRequiredService<IOptions<ChannelsOptions>>().Value.Facebook.TimeoutSeconds));
        services.AddSingleton<EngagementImporter>();
        services.AddHostedService<EngagementWorker>();
        services.AddScoped<EngagementQueries>();
        services.AddScoped<EngagementRefresh>();
        services.AddScoped<EngagementWorkbook>();
        services.AddSingleton(new DashboardPanel(typeof(EngagementDashboardPanel), 40));
        services.AddSingleton(new PostPanel(typeof(PostEngagementPanel), 10));
    }

    private static Uri BaseAddress(IServiceProvider sp, Func<ChannelsOptions, string> url) =>
        new(url(sp.GetRequiredService<IOptions<ChannelsOptions>>().Value).TrimEnd('/') + "/");

    /// <summary>
    /// Timeouts per attempt, a circuit breaker, and retries only for safe methods: Facebook and Zalo
    /// take no idempotency key, so a POST is never repeated by the pipeline (the outbox decides).
    /// </summary>
    private static void Resilience(HttpStandardResilienceOptions r, int timeoutSeconds)
    {
        var attempt = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds));
        r.AttemptTimeout.Timeout = attempt;
        r.TotalRequestTimeout.Timeout = attempt * 3 + TimeSpan.FromSeconds(2);
        r.Retry.MaxRetryAttempts = 2;
        r.Retry.DisableForUnsafeHttpMethods();
        r.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(30);
        r.CircuitBreaker.MinimumThroughput = 20;
        r.CircuitBreaker.FailureRatio = 0.5;
    }
}
