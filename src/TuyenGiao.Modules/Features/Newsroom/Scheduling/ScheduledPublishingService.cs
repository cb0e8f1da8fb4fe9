using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Newsroom.Scheduling;

/// <summary>
/// The worker: polls at once on start (a post that fell due while the server was down goes live
/// in the first seconds), then every <see cref="NewsroomOptions.SchedulerPollSeconds"/>; each poll
/// opens a scope and calls <see cref="ScheduledPublishingHandler"/>.
/// </summary>
internal sealed class ScheduledPublishingService(IServiceScopeFactory scopes, IOptions<NewsroomOptions> options, TimeProvider time, ILogger<ScheduledPublishingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        // Let the host finish starting (migrations and seeding run before hosted services start).
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SchedulerPollSeconds), time);
        do
        {
            await PollOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ScheduledPublishingHandler>().RunDueAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // A failed poll (database briefly away) must not stop the worker: the next poll retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError(ex, "Scheduled publishing poll failed");
        }
    }
}
