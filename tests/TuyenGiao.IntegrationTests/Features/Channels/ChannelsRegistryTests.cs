using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.IntegrationTests.Features.Channels;

public abstract class ChannelsRegistryTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Coverage_of_the_demo_is_computed_from_the_registry()
    {
        var client = await app.AdminAsync();
        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/channels/coverage");
        var levels = report.GetProperty("levels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
        Assert.Equal(10, levels["UpperUnion"].GetProperty("units").GetInt32());
        Assert.Equal(10, levels["UpperUnion"].GetProperty("withSocial").GetInt32());
        Assert.Equal(640, levels["GrassrootsUnion"].GetProperty("units").GetInt32());
        Assert.Equal(632, levels["GrassrootsUnion"].GetProperty("withSocial").GetInt32());
        Assert.StartsWith("632/640 ", levels["GrassrootsUnion"].GetProperty("text").GetString());
        Assert.Equal(1, levels["Federation"].GetProperty("byKind").GetProperty("FacebookPage").GetInt32());
    }

    [Fact]
    public async Task Demo_federation_channels_wait_for_authorisation_without_tokens()
    {
        var client = await app.AdminAsync();
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/channels?unitId={federation}");
        var page = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("externalId").GetString() == "100000000000001");
        Assert.Equal("NeedsReauth", page.GetProperty("status").GetString());
        Assert.False(page.GetProperty("hasToken").GetBoolean());
    }

    [Fact]
    public async Task Creates_a_channel_and_keeps_its_token_encrypted()
    {
        var client = await app.AdminAsync();
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var response = await client.PostAsJsonAsync("/api/v1/channels", new { unitId = federation, kind = "FacebookPage", externalId = "555000111", name = "Trang thử", accessToken = "EAAB-plain-token" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal("Active", body.GetProperty("status").GetString());
        Assert.DoesNotContain("EAAB-plain-token", body.GetRawText());
        var stored = await app.WithDbAsync(db => db.Set<Channel>().AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.NotNull(stored.AccessTokenProtected);
        Assert.DoesNotContain("EAAB-plain-token", stored.AccessTokenProtected);
        var got = await client.GetFromJsonAsync<JsonElement>($"/api/v1/channels/{id}");
        Assert.True(got.GetProperty("hasToken").GetBoolean());
    }

    [Fact]
    public async Task Refuses_a_channel_with_bad_fields_and_writes_nothing()
    {
        var client = await app.AdminAsync();
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var before = await app.WithDbAsync(db => db.Set<Channel>().CountAsync());
        var response = await client.PostAsJsonAsync("/api/v1/channels", new { unitId = federation, kind = "FacebookPage", externalId = "not-digits", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("externalId", fields);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Channel>().CountAsync()));
    }

    [Fact]
    public async Task An_editor_of_a_grassroots_union_cannot_register_channels_elsewhere()
    {
        var grassroots = await ChannelsTestData.UnitsAsync(app, Modules.Features.Organization.Contracts.OrgLevel.GrassrootsUnion);
        var client = await app.ClientWithRoleAsync(Modules.Features.Identity.Contracts.AppRole.Approver, grassroots[0]);
        var response = await client.PostAsJsonAsync("/api/v1/channels", new { unitId = grassroots[1], kind = "ZaloGroup", externalId = "https://zalo.me/g/x", name = "Nhóm" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ChannelsRegistryTests_Sqlite(SqliteAppFixture app) : ChannelsRegistryTests<SqliteAppFixture>(app);

public sealed class ChannelsRegistryTests_Postgres(PostgresAppFixture app) : ChannelsRegistryTests<PostgresAppFixture>(app);
