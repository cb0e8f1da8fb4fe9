namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>Wakes the delivery worker when a publication committed (instead of waiting for the next poll).</summary>
internal sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public void Dispose() => signal.Dispose();

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan poll, CancellationToken ct) => signal.WaitAsync(poll, ct);
}
