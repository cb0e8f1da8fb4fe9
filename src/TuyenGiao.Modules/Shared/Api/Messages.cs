using System.Globalization;
using System.Resources;

namespace TuyenGiao.Modules.Shared.Api;

/// <summary>
/// User-facing messages from resource files: <c>Shared/Resources/Messages.resx</c> and each
/// module's <c>Features/&lt;M&gt;/Resources/&lt;M&gt;Messages.resx</c> (Vietnamese, the default)
/// with their <c>.en.resx</c> siblings, looked up in the current UI culture.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager[] Sources =
    [
        new("TuyenGiao.Modules.Shared.Resources.Messages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Organization.Resources.OrganizationMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Organization.Resources.OrgImportMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Identity.Resources.IdentityMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Planning.Resources.PlanningMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Planning.Resources.GuidanceMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Notifications.Resources.NotificationsMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Newsroom.Resources.NewsroomMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Newsroom.Resources.EditorMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Newsroom.Resources.MediaMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Portal.Resources.PortalMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Contests.Resources.ContestsMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Planning.Resources.PlanMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Features.Channels.Resources.ChannelsMessages", typeof(Messages).Assembly),
        new("TuyenGiao.Modules.Shared.Resources.Ui", typeof(Messages).Assembly),
    ];

    public static string Get(string key)
    {
        foreach (var source in Sources)
        {
            try
            {
                var value = source.GetString(key, CultureInfo.CurrentUICulture);
                if (value is not null)
                {
                    return value;
                }
            }
            catch (MissingManifestResourceException)
            {
                // A module without messages yet: look in the next source.
            }
        }

        return key;
    }

    public static string Get(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
