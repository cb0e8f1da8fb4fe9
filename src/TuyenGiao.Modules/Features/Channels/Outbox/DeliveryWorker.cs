using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>
/// The outbox loop: pumps <see cref="DeliveryProcessor"/> (up to <c>Parallelism</c> deliveries in
/// flight, refilled as they finish) whenever a publication wakes it, or every poll interval.
/// </summary>
internal sealed class DeliveryWorker(DeliveryProcessor processor, DeliverySignal signal, IOptions<ChannelsOptions> options, ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Outbox.WorkerEnabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.Outbox.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Something was handled: more may have come due meanwhile (back-offs, new publications).
                while (await processor.PumpAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Delivery pass failed; trying again after the poll interval");
            }

            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
