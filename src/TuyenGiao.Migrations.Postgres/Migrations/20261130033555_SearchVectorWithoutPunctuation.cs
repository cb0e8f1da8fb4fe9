using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorWithoutPunctuation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.PostgresWithoutPunctuation);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.PostgresWithoutPunctuationDown);
        }
    }
}
