using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Platform;

/// <summary>What every deployment relies on: health, the OpenAPI document, security headers, problem details.</summary>
public abstract class PlatformTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_is_json_and_lists_the_org_unit_and_sign_in_routes()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/org-units", out var units));
        Assert.True(units.TryGetProperty("get", out var list));
        Assert.Equal("ListOrgUnits", list.GetProperty("operationId").GetString());
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
        Assert.True(paths.TryGetProperty("/api/v1/org-units/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/org-units/merge", out _));
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/org-units")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/khong-co")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(string.IsNullOrEmpty(string.Join("", response.Headers.GetValues("Referrer-Policy"))));
    }

    [Theory]
    [InlineData("/api/v1/khong-co")]
    [InlineData("/api/v1/org-units/123/khong-co")]
    public async Task An_unknown_api_route_answers_a_problem_not_found(string path)
    {
        var admin = await app.AdminAsync();
        var response = await admin.GetAsync(path);
        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Không tìm thấy", problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/bai-viet/999999999/khong-co")]
    [InlineData("/chu-de/khong-co-chu-de")]
    public async Task A_page_address_that_leads_nowhere_answers_404_with_the_sites_not_found_page(string path)
    {
        // Not an empty 404 that the browser would replace with its own error screen.
        var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Không tìm thấy trang</h1>", html);
        Assert.Contains("action=\"/tim-kiem\"", html);
    }

    [Fact]
    public async Task The_public_home_page_is_vietnamese_and_names_the_federation()
    {
        var response = await app.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Liên đoàn Lao động tỉnh Bắc Kạn", html, StringComparison.Ordinal);
    }
}

public sealed class PlatformTests_Sqlite(SqliteAppFixture app) : PlatformTests<SqliteAppFixture>(app);

public sealed class PlatformTests_Postgres(PostgresAppFixture app) : PlatformTests<PostgresAppFixture>(app);
