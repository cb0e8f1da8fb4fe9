using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexWithStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.SqliteWithStatus);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.SqliteWithStatusDown);
        }
    }
}
