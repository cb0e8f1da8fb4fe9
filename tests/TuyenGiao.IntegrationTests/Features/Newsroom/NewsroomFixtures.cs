using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>The app with the scheduling worker off: the tests run the scheduler's handler themselves, so they alone decide when a poll happens.</summary>
public sealed class NewsroomSqliteFixture : SqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Newsroom:SchedulerEnabled"] = "false" };
}

/// <inheritdoc cref="NewsroomSqliteFixture"/>
public sealed class NewsroomPostgresFixture : PostgresAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Newsroom:SchedulerEnabled"] = "false" };
}
