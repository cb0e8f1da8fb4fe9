namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// Where a post stands in the editorial workflow: Draft → Submitted → Approved → Scheduled (a
/// publication time is set) or Published → Unpublished / Archived. A rejection returns it to Draft.
/// </summary>
public enum PostStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Scheduled = 3,
    Published = 4,
    Unpublished = 5,
    Archived = 6,
}
