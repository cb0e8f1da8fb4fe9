namespace TuyenGiao.Modules.Features.Channels.Contracts;

public enum ChannelStatus
{
    Active = 0,

    /// <summary>The token is missing, expired or revoked: someone of the unit must connect it again.</summary>
    NeedsReauth = 1,

    Inactive = 2,
}
