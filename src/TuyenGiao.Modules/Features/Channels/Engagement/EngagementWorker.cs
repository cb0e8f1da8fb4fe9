using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>The periodic engagement import: runs <see cref="EngagementImporter"/> every <c>Channels:Engagement:IntervalMinutes</c>.</summary>
internal sealed class EngagementWorker(EngagementImporter importer, IOptions<EngagementOptions> options, TimeProvider time, ILogger<EngagementWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, o.StartDelaySeconds)), time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, o.IntervalMinutes)), time);
        do
        {
            try
            {
                await importer.RunOnceAsync(force: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Engagement import pass failed; trying again at the next interval");
            }

            try
            {
                if (!await timer.WaitForNextTickAsync(stoppingToken))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (!stoppingToken.IsCancellationRequested);
    }
}
