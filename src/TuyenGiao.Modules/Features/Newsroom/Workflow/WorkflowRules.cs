using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>
/// Which step is allowed from which status for whom. Editors (EditContent) write, submit and
/// propose; Approvers (ApproveContent) also approve, reject, publish, unpublish, archive and
/// restore; an Administrator holds both everywhere. The second-approver rule only takes
/// "approve" from the post's own author.
/// </summary>
internal static class WorkflowRules
{
    public static bool Allows(string action, PostStatus status, bool canEdit, bool canApprove, bool approveBlocked = false) => action switch
    {
        PostAction.Edit => (canEdit && status is PostStatus.Draft or PostStatus.Submitted or PostStatus.Unpublished)
            || (canApprove && status is PostStatus.Approved or PostStatus.Scheduled or PostStatus.Published),
        PostAction.Submit => canEdit && status is PostStatus.Draft or PostStatus.Unpublished,
        PostAction.Approve => canApprove && !approveBlocked && status == PostStatus.Submitted,
        PostAction.Reject => canApprove && status is PostStatus.Submitted or PostStatus.Approved or PostStatus.Scheduled,
        PostAction.Publish => canApprove && status is PostStatus.Approved or PostStatus.Scheduled or PostStatus.Unpublished,
        PostAction.Unpublish => canApprove && status is PostStatus.Published or PostStatus.Scheduled,
        PostAction.Archive => canApprove && status != PostStatus.Archived,
        PostAction.Restore => canApprove && status is PostStatus.Archived or PostStatus.Unpublished,
        PostAction.Propose => canEdit && status is PostStatus.Approved or PostStatus.Scheduled or PostStatus.Published,
        _ => false,
    };

    public static IReadOnlyList<string> Actions(PostStatus status, bool canEdit, bool canApprove, bool approveBlocked, bool hasParent) =>
        new[] { PostAction.Edit, PostAction.Submit, PostAction.Approve, PostAction.Reject, PostAction.Publish, PostAction.Unpublish, PostAction.Archive, PostAction.Restore, PostAction.Propose }
            .Where(a => Allows(a, status, canEdit, canApprove, approveBlocked) && (a != PostAction.Propose || hasParent))
            .ToList();
}
