using System.Globalization;

namespace TuyenGiao.Modules.Features.Organization.Contracts;

/// <summary>
/// Materialised paths of unit ids from the root, "/1/12/345/". A unit's subtree on a date is
/// every version valid then whose path starts with the unit's path.
/// </summary>
public static class OrgPath
{
    public static string Root(int id) => "/" + id.ToString(CultureInfo.InvariantCulture) + "/";

    public static string Child(string parentPath, int id) => parentPath + id.ToString(CultureInfo.InvariantCulture) + "/";

    public static bool Contains(string path, int unitId) =>
        path.Contains("/" + unitId.ToString(CultureInfo.InvariantCulture) + "/", StringComparison.Ordinal);

    public static IReadOnlyList<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
