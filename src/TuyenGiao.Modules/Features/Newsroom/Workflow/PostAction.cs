namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>The names of the steps a person may take on a post (as the API lists them in <c>actions</c>).</summary>
public static class PostAction
{
    public const string Edit = "edit";
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Archive = "archive";
    public const string Restore = "restore";
    public const string Propose = "propose";
}
