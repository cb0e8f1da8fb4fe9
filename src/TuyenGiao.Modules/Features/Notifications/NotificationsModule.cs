using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Features.Notifications.Inbox;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Notifications;

/// <summary>The in-app inbox every module's reminders and warnings go to.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<InboxQueries>();
        services.AddSingleton(new BackOfficeMenuItem("NotificationsMenu", "/quan-tri/thong-bao", MudBlazor.Icons.Material.Filled.Notifications, 5));
        return services;
    }

    public static void MapNotifications(this IEndpointRouteBuilder api) => api.MapInbox();
}
