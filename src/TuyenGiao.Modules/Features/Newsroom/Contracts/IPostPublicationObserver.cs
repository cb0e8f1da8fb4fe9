namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// Other modules' hooks on publication (the portal's output cache, the channels' outbox). Every
/// registered observer is called by the newsroom's publish, schedule-run, update and withdraw paths.
/// </summary>
public interface IPostPublicationObserver
{
    /// <summary>
    /// Inside the publishing transaction, before it commits: rows added to the scoped AppDbContext
    /// here (outbox deliveries) commit or roll back with the publication. Must not call SaveChanges.
    /// </summary>
    Task BeforeCommitAsync(PostPublicationEvent publication, CancellationToken ct);

    /// <summary>After the commit (cache eviction, wake-ups). Failures here are logged, never undo the publication.</summary>
    Task AfterCommitAsync(PostPublicationEvent publication, CancellationToken ct);
}
