using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexWithStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
