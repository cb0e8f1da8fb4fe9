using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "EssayComment",
                table: "contests_attempts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EssayGradedAt",
                table: "contests_attempts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EssayGradedBy",
                table: "contests_attempts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EssayGradedByName",
                table: "contests_attempts",
                type: "character varying(256)",
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
