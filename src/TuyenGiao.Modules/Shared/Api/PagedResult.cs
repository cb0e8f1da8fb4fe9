namespace TuyenGiao.Modules.Shared.Api;

/// <summary>The shape of every list: <c>{"items": [...], "total": N}</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
