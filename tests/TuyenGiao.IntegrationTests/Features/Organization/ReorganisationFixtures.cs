using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Organization;

// The demo with Seed:Reorganisation2025=true: the 2023 Bắc Kạn federation, then the 2025
// reorganisation applied on top as restructuring operations. One database per fixture.

public sealed class ReorganisationSqliteFixture : SqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "true" };
}

public sealed class ReorganisationPostgresFixture : PostgresAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "true" };
}
