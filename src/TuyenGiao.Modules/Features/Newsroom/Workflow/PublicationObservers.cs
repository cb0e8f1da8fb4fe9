using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>Calls every registered <see cref="IPostPublicationObserver"/>: before the commit (inside the transaction) and after it (failures only logged).</summary>
internal sealed class PublicationObservers(IEnumerable<IPostPublicationObserver> observers, ILogger<PublicationObservers> log)
{
    public async Task BeforeCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.BeforeCommitAsync(publication, ct);
        }
    }

    public async Task AfterCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.AfterCommitAsync(publication, ct);
            }
#pragma warning disable CA1031 // The publication is committed: an observer's failure (cache eviction, wake-up) is logged, never undoes it.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                log.LogError(ex, "Observer {Observer} failed after {Kind} of post {PostId}", observer.GetType().Name, publication.Kind, publication.PostId);
            }
        }
    }
}
