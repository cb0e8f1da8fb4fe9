using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>
/// Subtree filters as a range on the path: paths hold only digits and '/', so "starts with
/// /1/12/" is exactly "≥ /1/12/ and &lt; /1/120" under ordinal ordering (SQLite's BINARY, the "C"
/// collation the path column gets on PostgreSQL), which the (Path, ValidTo) index serves.
/// </summary>
internal static class OrgPathQueries
{
    public static IQueryable<OrgUnitVersion> UnderPath(this IQueryable<OrgUnitVersion> versions, string prefix)
    {
        var end = RangeEnd(prefix);
#pragma warning disable CA1309 // Translated to SQL "Path >= @p AND Path < @end": the column's collation orders, not .NET.
        return versions.Where(v => string.Compare(v.Path, prefix) >= 0 && string.Compare(v.Path, end) < 0);
#pragma warning restore CA1309
    }

    /// <summary>The first string after every path that starts with <paramref name="prefix"/> (which ends with '/').</summary>
    public static string RangeEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
