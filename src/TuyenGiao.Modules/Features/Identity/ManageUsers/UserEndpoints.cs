using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>
/// <c>/api/v1/users</c>: accounts and their scoped roles, for callers holding ManageUsers.
/// Accounts outside the caller's subtrees answer 404.
/// </summary>
public static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<PagedResult<UserItem>>> (string? q, int? unitId, int? page, int? pageSize, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAsync(new UserListQuery(q, unitId, PageQuery.From(page, pageSize)), ct)))
            .WithName("ListUsers")
            .WithSummary("Accounts the caller manages: q searches name and e-mail without tones; unitId keeps accounts holding a role in that unit's subtree.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}", async Task<Ok<UserItem>> (string id, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithName("GetUser")
            .WithSummary("One account with its roles.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CreatedUser>> (CreateUserRequest body, UserAdminService service, CancellationToken ct) =>
            {
                var user = await service.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithName("CreateUser")
            .WithSummary("Creates an account with roles ({role, unitId}; unitId null = whole system). Without a password one is generated and returned once as initialPassword.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id}", async Task<Ok<UserItem>> (string id, UpdateUserRequest body, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, body, ct)))
            .WithName("UpdateUser")
            .WithSummary("Changes the full name and/or disables or re-enables the account (null fields stay as they are).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id}/roles", async Task<Ok<UserItem>> (string id, SetUserRolesRequest body, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetRolesAsync(id, body, ct)))
            .WithName("SetUserRoles")
            .WithSummary("Replaces the account's roles with the given list.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/password", async Task<Ok<PasswordResetResult>> (string id, ResetPasswordRequest body, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ResetPasswordAsync(id, body, ct)))
            .WithName("ResetUserPassword")
            .WithSummary("Sets a new password for the account; without one a password is generated and returned once as initialPassword.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/unlock", async Task<Ok<UserItem>> (string id, UserAdminService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UnlockAsync(id, ct)))
            .WithName("UnlockUser")
            .WithSummary("Ends a lockout after repeated failed sign-ins and resets the failure count.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", async Task<NoContent> (string id, UserAdminService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteUser")
            .WithSummary("Deletes the account and its roles; refused for yourself and for the last system administrator. Its audit entries stay.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
