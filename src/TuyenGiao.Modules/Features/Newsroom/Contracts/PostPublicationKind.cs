namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

public enum PostPublicationKind
{
    /// <summary>The post went live (now, or by the scheduler at its time).</summary>
    Published = 0,

    /// <summary>A live post's content changed.</summary>
    Updated = 1,

    /// <summary>The post left the portal (unpublished or archived).</summary>
    Withdrawn = 2,
}
