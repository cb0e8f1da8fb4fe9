using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContestEssayGrading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EssayMaxPoints",
                table: "contests_contests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "EssayComment",
                table: "contests_attempts",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EssayGradedAt",
                table: "contests_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EssayGradedBy",
                table: "contests_attempts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EssayGradedByName",
                table: "contests_attempts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EssayMaxPoints",
                table: "contests_contests");

            migrationBuilder.DropColumn(
                name: "EssayComment",
                table: "contests_attempts");

            migrationBuilder.DropColumn(
                name: "EssayGradedAt",
                table: "contests_attempts");

            migrationBuilder.DropColumn(
                name: "EssayGradedBy",
                table: "contests_attempts");

            migrationBuilder.DropColumn(
                name: "EssayGradedByName",
                table: "contests_attempts");
        }
    }
}
