using Microsoft.AspNetCore.Http;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Portal.Site;

/// <summary>Who publishes the portal (the first root federation's name today) and absolute addresses for feeds and cards.</summary>
internal sealed class PortalSite(IOrgHierarchy hierarchy)
{
    private string? name;

    public async Task<string> FederationNameAsync(CancellationToken ct = default)
    {
        if (name is null)
        {
            var roots = await hierarchy.GetRootsAsync(ct: ct);
            name = roots.Count > 0 ? roots[0].Name : "TuyenGiao";
        }

        return name;
    }

    /// <summary>The site's origin as the request reached it: <c>https://host</c>.</summary>
    public static string Origin(HttpRequest request) => request.Scheme + "://" + request.Host.Value + request.PathBase.Value;

    public static string Absolute(HttpRequest request, string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? path : Origin(request) + path;

    /// <summary>
    /// The byline shown in public: the post's author name, or the unit's name when there is none.
    /// Never an e-mail address (posts saved before bylines used full names may carry one).
    /// </summary>
    public static string Byline(string authorName, string unitName) =>
        string.IsNullOrWhiteSpace(authorName) || authorName.Contains('@', StringComparison.Ordinal) ? unitName : authorName;
}
