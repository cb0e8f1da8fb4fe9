namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>What reading the platform told about a send that may have landed.</summary>
/// <param name="Found">True: the post is there (<paramref name="RemoteId"/>); false: safe to send again.</param>
/// <param name="Error">Set when the read itself failed (then neither settles it).</param>
internal sealed record ReconcileResult(bool Found, string? RemoteId, SendResult? Error)
{
    public static ReconcileResult Missing { get; } = new(false, null, null);

    public static ReconcileResult At(string? remoteId) => new(true, remoteId, null);

    public static ReconcileResult Failed(SendResult error) => new(false, null, error);
}
