using System.Linq.Expressions;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Planning.ReportForms;

/// <summary>
/// The caller's reach as path prefixes: guidance recipients and campaign reports keep the unit's
/// path, so "rows under the caller's subtrees" is a range filter on that column (paths hold only
/// digits and '/', so "starts with /1/12/" is "≥ /1/12/ and &lt; /1/120").
/// </summary>
internal static class ScopePaths
{
    /// <summary>Null when the caller holds <paramref name="permission"/> everywhere; otherwise the paths of their roots today.</summary>
    public static async Task<IReadOnlyList<string>?> ForAsync(IAccessScope access, IOrgHierarchy hierarchy, Permission permission, CancellationToken ct)
    {
        var roots = await access.RootsAsync(permission, ct);
        if (roots is null)
        {
            return null;
        }

        var paths = new List<string>();
        foreach (var root in roots.Distinct())
        {
            if (await hierarchy.GetLatestAsync(root, ct) is { } unit)
            {
                paths.Add(unit.Path);
            }
        }

        return paths;
    }

    public static bool Covers(IReadOnlyList<string>? prefixes, string path) =>
        prefixes is null || prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Rows whose path starts with one of <paramref name="prefixes"/> (none when the list is empty; all when null).</summary>
    public static IQueryable<T> Under<T>(this IQueryable<T> rows, Expression<Func<T, string>> path, IReadOnlyList<string>? prefixes)
    {
        if (prefixes is null)
        {
            return rows;
        }

        var parameter = path.Parameters[0];
        Expression? any = null;
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        foreach (var prefix in prefixes)
        {
            var end = prefix[..^1] + (char)(prefix[^1] + 1);

            // string.Compare(path, prefix) >= 0 && string.Compare(path, end) < 0: translated to a
            // range the column's ordinal collation orders (SQLite BINARY, PostgreSQL "C").
            var from = Expression.GreaterThanOrEqual(Expression.Call(compare, path.Body, Expression.Constant(prefix)), Expression.Constant(0));
            var to = Expression.LessThan(Expression.Call(compare, path.Body, Expression.Constant(end)), Expression.Constant(0));
            var range = Expression.AndAlso(from, to);
            any = any is null ? range : Expression.OrElse(any, range);
        }

        return rows.Where(Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), parameter));
    }
}
