using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>Runs <see cref="CadenceWarningHandler"/> every minute (each run in its own scope; a failed run is logged and the next one tries again).</summary>
internal sealed partial class CadenceWarningService(IServiceScopeFactory scopes, TimeProvider time, IOptions<CadenceOptions> options, ILogger<CadenceWarningService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarningsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CadenceWarningHandler>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cadence warning check failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
