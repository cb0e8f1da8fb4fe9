using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Notifications.Inbox;

/// <summary><c>/api/v1/notifications</c>: the signed-in person's own inbox.</summary>
public static class InboxEndpoints
{
    public static void MapInbox(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<NotificationItem>>> (int? page, int? pageSize, bool? unread, InboxQueries inbox, CancellationToken ct) =>
                TypedResults.Ok(await inbox.ListAsync(PageQuery.From(page, pageSize), unread == true, ct)))
            .WithName("ListNotifications")
            .WithSummary("The caller's notices, newest first; `unread=true` keeps the unread ones.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/unread-count", async Task<Ok<UnreadCount>> (InboxQueries inbox, CancellationToken ct) =>
                TypedResults.Ok(new UnreadCount(await inbox.UnreadCountAsync(ct))))
            .WithName("CountUnreadNotifications")
            .WithSummary("How many of the caller's notices are unread.");

        group.MapPost("/{id:long}/read", async Task<NoContent> (long id, InboxQueries inbox, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the caller's notices as read.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read-all", async Task<Ok<UnreadCount>> (InboxQueries inbox, CancellationToken ct) =>
            {
                await inbox.MarkAllReadAsync(ct);
                return TypedResults.Ok(new UnreadCount(0));
            })
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Marks every notice of the caller as read.");
    }
}
