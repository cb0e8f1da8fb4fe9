using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>The app with its channels pointed at fakes that fault 5% of the Pages and OAs; the delivery worker runs on its own.</summary>
public interface IFanOutFixture
{
    FakePlatforms Platforms { get; }
}

public abstract class ChannelsFanOutTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture, IFanOutFixture
{
    [Fact]
    public async Task One_post_to_640_units_channels_with_5_percent_faults_is_published_exactly_once_or_settled_with_a_reason()
    {
        using var admin = await app.AdminAsync();
        var scenario = new FanOutScenario(admin, app.Platforms);
        await scenario.PrepareAsync();
        Assert.Equal(32, app.Platforms.Plan.Count);
        Assert.Equal(0, app.Platforms.PublishedCount);

        await scenario.PublishAsync();
        await scenario.SettleAsync(TimeSpan.FromSeconds(120));

        await scenario.AssertSettledExactlyOnceAsync();
    }
}

public sealed class FanOutSqliteFixture : SqliteAppFixture, IFanOutFixture, IAsyncLifetime
{
    public FakePlatforms Platforms { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => FanOutScenario.Settings(Platforms);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Platforms.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Platforms.DisposeAsync();
    }
}

public sealed class FanOutPostgresFixture : PostgresAppFixture, IFanOutFixture, IAsyncLifetime
{
    public FakePlatforms Platforms { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => FanOutScenario.Settings(Platforms);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Platforms.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Platforms.DisposeAsync();
    }
}

public sealed class ChannelsFanOutTests_Sqlite(FanOutSqliteFixture app) : ChannelsFanOutTests<FanOutSqliteFixture>(app);

public sealed class ChannelsFanOutTests_Postgres(FanOutPostgresFixture app) : ChannelsFanOutTests<FanOutPostgresFixture>(app);
