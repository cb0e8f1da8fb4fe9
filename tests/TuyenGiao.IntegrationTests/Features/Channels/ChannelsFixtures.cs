using System.Globalization;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>The app with its channels pointed at the fake Graph/Zalo servers and the fake SMTP receiver; the outbox and the engagement import are driven by the tests.</summary>
public interface IChannelsFixture
{
    FakePlatforms Platforms { get; }

    FakeSmtpServer Smtp { get; }
}

internal static class ChannelsSettings
{
    public static IReadOnlyDictionary<string, string?> For(FakePlatforms platforms, FakeSmtpServer smtp) => new Dictionary<string, string?>
    {
        ["Channels:Facebook:GraphBaseUrl"] = platforms.BaseUrl,
        ["Channels:Facebook:TimeoutSeconds"] = "3",
        ["Channels:Zalo:OpenApiBaseUrl"] = platforms.BaseUrl,
        ["Channels:Zalo:OAuthBaseUrl"] = platforms.BaseUrl,
        ["Channels:Zalo:AppId"] = "123",
        ["Channels:Zalo:SecretKey"] = "secret",
        ["Channels:Zalo:TimeoutSeconds"] = "3",
        ["Channels:Zalo:VerifyDelayMilliseconds"] = "10",
        ["Channels:Smtp:Host"] = "127.0.0.1",
        ["Channels:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Channels:Smtp:Security"] = "None",
        ["Channels:Smtp:From"] = "bantin@ldld.test",
        ["Channels:Outbox:WorkerEnabled"] = "false",
        ["Channels:Outbox:BackoffBaseSeconds"] = "0",
        ["Channels:Outbox:BatchSize"] = "50",
        ["Channels:Engagement:Enabled"] = "false",
        ["Site:PublicBaseUrl"] = "https://congdoan.test",
    };
}

public sealed class ChannelsSqliteFixture : SqliteAppFixture, IChannelsFixture, IAsyncLifetime
{
    public FakePlatforms Platforms { get; } = new();

    public FakeSmtpServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ChannelsSettings.For(Platforms, Smtp);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Platforms.StartAsync();
        Smtp.Start();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Platforms.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class ChannelsPostgresFixture : PostgresAppFixture, IChannelsFixture, IAsyncLifetime
{
    public FakePlatforms Platforms { get; } = new();

    public FakeSmtpServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ChannelsSettings.For(Platforms, Smtp);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Platforms.StartAsync();
        Smtp.Start();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Platforms.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
