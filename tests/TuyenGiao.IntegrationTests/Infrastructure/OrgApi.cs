using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TuyenGiao.IntegrationTests.Infrastructure;

/// <summary>
/// Intent methods for the org-unit API, so a test can build its own small tree (a new root
/// federation and units below it) and not depend on the demo data or on other tests' writes.
/// </summary>
public static class OrgApi
{
    /// <summary>The day test trees are founded on: before every date the tests restructure on.</summary>
    public static readonly DateOnly Founded = new(2020, 1, 1);

    public const string Units = "/api/v1/org-units";

    /// <summary>A name no other test uses: "<paramref name="prefix"/> 1a2b3c".</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Creates a unit through <c>POST /api/v1/org-units</c> and returns its id.</summary>
    public static async Task<int> CreateUnitAsync(this HttpClient client, string name, string kind, int? parentId, DateOnly? effectiveDate = null, int memberCount = 0)
    {
        var result = await client.PostJsonAsync(Units, new
        {
            name,
            kind,
            parentId,
            memberCount,
            effectiveDate = (effectiveDate ?? Founded).ToString("yyyy-MM-dd"),
        }, HttpStatusCode.Created);
        return result.GetProperty("unitId").GetInt32();
    }

    /// <summary>A new root federation named uniquely, founded on <see cref="Founded"/>.</summary>
    public static Task<int> CreateFederationAsync(this HttpClient admin, string prefix = "Liên đoàn Lao động thử nghiệm") =>
        admin.CreateUnitAsync(Unique(prefix), "Federation", null);

    /// <summary>The items of a list request as (id → item).</summary>
    public static async Task<Dictionary<int, JsonElement>> ListAsync(this HttpClient client, string query)
    {
        var page = await client.GetJsonAsync($"{Units}?pageSize=1000&{query}");
        return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt32());
    }

    /// <summary><c>GET /api/v1/org-units/{id}?asOf=</c>: the detail (unit, ancestors, history, predecessors, successors).</summary>
    public static Task<JsonElement> UnitAsync(this HttpClient client, int id, DateOnly? asOf = null) =>
        client.GetJsonAsync(asOf is { } d ? $"{Units}/{id}?asOf={d:yyyy-MM-dd}" : $"{Units}/{id}");

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>Ids listed in a JSON array of succession items (<c>predecessors</c>/<c>successors</c>).</summary>
    public static List<int> UnitIds(this JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("unitId").GetInt32()).ToList();
}
