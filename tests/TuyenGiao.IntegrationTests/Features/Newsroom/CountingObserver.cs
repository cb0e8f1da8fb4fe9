using System.Collections.Concurrent;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>Counts observer calls per post: a publication seen twice is a double publication.</summary>
public sealed class CountingObserver : IPostPublicationObserver
{
    public ConcurrentQueue<PostPublicationEvent> Before { get; } = new();

    public ConcurrentQueue<PostPublicationEvent> After { get; } = new();

    public Task BeforeCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        Before.Enqueue(publication);
        return Task.CompletedTask;
    }

    public Task AfterCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        After.Enqueue(publication);
        return Task.CompletedTask;
    }
}
