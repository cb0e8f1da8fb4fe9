namespace TuyenGiao.Modules.Features.Channels.Contracts;

/// <summary>What kind of place a unit publishes to.</summary>
public enum ChannelKind
{
    /// <summary>A Facebook Page (posts through the Graph API).</summary>
    FacebookPage = 0,

    /// <summary>A Zalo Official Account (articles through the OA Open API).</summary>
    ZaloOa = 1,

    /// <summary>A Zalo group: a link and its administrator; no API posting.</summary>
    ZaloGroup = 2,

    /// <summary>The unit's website section (its portal page or an external site).</summary>
    Website = 3,

    /// <summary>An e-mail list (newsletter over SMTP).</summary>
    Email = 4,
}
