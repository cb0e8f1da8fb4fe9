using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>Filters of the account list: <see cref="Q"/> searches name and e-mail without tones; <see cref="UnitId"/> keeps accounts with a role in that unit's subtree.</summary>
public sealed record UserListQuery(string? Q = null, int? UnitId = null, PageQuery? Page = null);
