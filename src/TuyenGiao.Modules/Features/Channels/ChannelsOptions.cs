namespace TuyenGiao.Modules.Features.Channels;

/// <summary>
/// <c>Channels:*</c>: every external base URL is configuration so tests and staging point at local
/// fakes. Validated on start.
/// </summary>
internal sealed class ChannelsOptions
{
    public const string Section = "Channels";

    public FacebookOptions Facebook { get; set; } = new();

    public ZaloOptions Zalo { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>The portal's public address for absolute links (<c>Site:PublicBaseUrl</c>), bound separately.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public sealed class FacebookOptions
    {
        public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

        /// <summary>The Graph API version the client puts in front of every path.</summary>
        public string GraphVersion { get; set; } = "v23.0";

        /// <summary>Where the OAuth dialog lives (www.facebook.com).</summary>
        public string DialogBaseUrl { get; set; } = "https://www.facebook.com";

        public string? AppId { get; set; }

        public string? AppSecret { get; set; }

        public int TimeoutSeconds { get; set; } = 20;
    }

    public sealed class ZaloOptions
    {
        public string OpenApiBaseUrl { get; set; } = "https://openapi.zalo.me";

        public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

        public string? AppId { get; set; }

        public string? SecretKey { get; set; }

        /// <summary>Broadcast a new article to the OA's followers (within the OA's quota).</summary>
        public bool Broadcast { get; set; }

        public int TimeoutSeconds { get; set; } = 20;

        /// <summary>How many times to ask <c>article/verify</c> for the new article's id.</summary>
        public int VerifyPolls { get; set; } = 5;

        public int VerifyDelayMilliseconds { get; set; } = 1000;
    }

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 25;

        public string From { get; set; } = "tuyengiao@localhost";

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
        public string Security { get; set; } = "Auto";

        public int TimeoutSeconds { get; set; } = 30;
    }

    public sealed class OutboxOptions
    {
        /// <summary>Run the delivery worker in this process (a web-only node turns it off).</summary>
        public bool WorkerEnabled { get; set; } = true;

        public double PollSeconds { get; set; } = 5;

        public double LeaseSeconds { get; set; } = 120;

        /// <summary>Most rows claimed by one UPDATE.</summary>
        public int BatchSize { get; set; } = 50;

        /// <summary>
        /// Deliveries in flight at once in one worker (refilled as they finish). The calls wait on the
        /// network, not the CPU: 32 keeps a 640-channel fan-out with 50 ms platform answers (Zalo's
        /// create + verify is two calls) within seconds; rate limits are kept per app and per page.
        /// </summary>
        public int Parallelism { get; set; } = 32;

        public int MaxAttempts { get; set; } = 6;

        public double BackoffBaseSeconds { get; set; } = 10;

        public double BackoffMaxSeconds { get; set; } = 1800;

        /// <summary>Deferral when a platform says "too many calls" without saying how long.</summary>
        public double RateLimitSeconds { get; set; } = 600;

        /// <summary>How many recent feed items/articles a reconciliation reads.</summary>
        public int ReconcileDepth { get; set; } = 50;
    }
}
