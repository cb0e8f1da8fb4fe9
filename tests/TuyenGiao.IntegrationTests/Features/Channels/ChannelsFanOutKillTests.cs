using System.Diagnostics;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;
using Xunit.Abstractions;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>
/// The server as a separate process: the 640-channel fan-out is published, the process gets
/// <c>kill -9</c> once about 30% of the posts are on the fakes, and is started again on the same
/// database. Counted on the fakes: nothing is lost, nothing is doubled; rows left "sending" by the
/// dead process are reconciled by reading the platform before anything is sent again.
/// </summary>
public abstract class ChannelsFanOutKillTests(ITestOutputHelper output)
{
    protected abstract Task<IReadOnlyDictionary<string, string?>> DatabaseAsync();

    protected virtual void Cleanup()
    {
    }

    [Fact]
    public async Task Kill_9_mid_fan_out_and_restart_loses_none_and_doubles_none()
    {
        var clock = Stopwatch.StartNew();
        await using var fake = new FakePlatforms { Latency = TimeSpan.FromMilliseconds(50) };
        await fake.StartAsync();
        var settings = FanOutScenario.Settings(fake);
        foreach (var (k, v) in await DatabaseAsync())
        {
            settings[k] = v;
        }

        settings["Seed:AdminEmail"] = AppFixture.AdminEmail;
        settings["Seed:AdminPassword"] = AppFixture.AdminPassword;
        settings["Seed:Demo"] = "true";
        // A dead worker's claims come back after the lease: short here so the test stays short.
        settings["Channels:Outbox:LeaseSeconds"] = "4";
        var server = new ServerProcess(settings);
        try
        {
            await server.StartAsync(TimeSpan.FromSeconds(90));
            output.WriteLine($"started in {clock.Elapsed.TotalSeconds:F1} s");
            var scenario = new FanOutScenario(await server.SignInAsync(AppFixture.AdminEmail, AppFixture.AdminPassword), fake);
            await scenario.PrepareAsync();
            output.WriteLine($"640 channels and the post ready at {clock.Elapsed.TotalSeconds:F1} s");

            await scenario.PublishAsync();
            var wait = Stopwatch.StartNew();
            while (fake.PublishedCount < 192)
            {
                Assert.True(wait.Elapsed < TimeSpan.FromSeconds(60), $"Only {fake.PublishedCount} posts on the fakes after 60 s");
                await Task.Delay(5);
            }

            server.Kill();
            var atKill = fake.PublishedCount;
            output.WriteLine($"kill -9 with {atKill} posts on the fakes, {wait.Elapsed.TotalSeconds:F1} s after publishing");
            Assert.InRange(atKill, 192, 500);

            await server.StartAsync(TimeSpan.FromSeconds(60));
            scenario.Admin.Dispose();
            scenario.Admin = await server.SignInAsync(AppFixture.AdminEmail, AppFixture.AdminPassword);
            var settled = await scenario.SettleAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"settled {settled.TotalSeconds:F1} s after the restart; total {clock.Elapsed.TotalSeconds:F1} s");

            await scenario.AssertSettledExactlyOnceAsync();

            // The crash path ran: a delivery without any fault was left "sending" by the dead process
            // and, after its lease, settled by reading the platform first.
            var reclaimed = (await scenario.DeliveriesAsync()).Count(d =>
                fake.Plan.GetValueOrDefault(scenario.Targets[d.GetProperty("channelId").GetInt64()].ExternalId) == PlannedFault.None
                && d.GetProperty("history").EnumerateArray().Any(a => a.GetProperty("outcome").GetString() is "reconciledFound" or "reconciledMissing"));
            output.WriteLine($"{reclaimed} deliveries reclaimed after the crash and reconciled");
            Assert.True(reclaimed > 0, "No delivery was in flight at the kill");
            scenario.Admin.Dispose();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.WriteLine("server log:\n" + server.Log);
            throw;
        }
        finally
        {
            await server.DisposeAsync();
            Cleanup();
        }
    }
}

public sealed class ChannelsFanOutKillTests_Sqlite(ITestOutputHelper output) : ChannelsFanOutKillTests(output)
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "tg-kill-" + Guid.NewGuid().ToString("N")[..8]);

    protected override Task<IReadOnlyDictionary<string, string?>> DatabaseAsync()
    {
        Directory.CreateDirectory(dir);
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = "Data Source=" + Path.Combine(dir, "tuyengiao.db"),
        };
        return Task.FromResult(settings);
    }

    protected override void Cleanup()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public sealed class ChannelsFanOutKillTests_Postgres(ITestOutputHelper output) : ChannelsFanOutKillTests(output)
{
    protected override async Task<IReadOnlyDictionary<string, string?>> DatabaseAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync("tgkill"),
        };
    }
}
