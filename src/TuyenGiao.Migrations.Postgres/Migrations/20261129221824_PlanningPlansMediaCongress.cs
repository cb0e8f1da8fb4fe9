using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlanningPlansMediaCongress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "planning_congress_terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    CongressStartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CongressEndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    EndedEarly = table.Column<bool>(type: "boolean", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_congress_terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_media_partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_media_partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Objectives = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    KeyMessages = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Audiences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Channels = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_media_agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Terms = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AttachmentUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_media_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_media_agreements_planning_media_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "planning_media_partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_commissioned_pieces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublishedUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_commissioned_pieces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_commissioned_pieces_planning_media_partners_Partne~",
                        column: x => x.PartnerId,
                        principalTable: "planning_media_partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_planning_commissioned_pieces_planning_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "planning_plan_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plan_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_plan_activities_planning_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_plan_budget_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plan_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_plan_budget_lines_planning_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_plan_campaigns",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plan_campaigns", x => new { x.PlanId, x.CampaignId });
                    table.ForeignKey(
                        name: "FK_planning_plan_campaigns_planning_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_plan_observances",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ObservanceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plan_observances", x => new { x.PlanId, x.ObservanceId });
                    table.ForeignKey(
                        name: "FK_planning_plan_observances_planning_observances_ObservanceId",
                        column: x => x.ObservanceId,
                        principalTable: "planning_observances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_planning_plan_observances_planning_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_planning_commissioned_pieces_PartnerId_DueDate",
                table: "planning_commissioned_pieces",
                columns: new[] { "PartnerId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_commissioned_pieces_PlanId",
                table: "planning_commissioned_pieces",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_congress_terms_CongressStartDate",
                table: "planning_congress_terms",
                column: "CongressStartDate");

            migrationBuilder.CreateIndex(
                name: "IX_planning_congress_terms_UnitId_StartYear",
                table: "planning_congress_terms",
                columns: new[] { "UnitId", "StartYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_media_agreements_PartnerId",
                table: "planning_media_agreements",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_media_partners_UnitId",
                table: "planning_media_partners",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plan_activities_Deadline",
                table: "planning_plan_activities",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plan_activities_PlanId",
                table: "planning_plan_activities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plan_budget_lines_PlanId",
                table: "planning_plan_budget_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plan_campaigns_CampaignId",
                table: "planning_plan_campaigns",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plan_observances_ObservanceId",
                table: "planning_plan_observances",
                column: "ObservanceId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_plans_UnitId_Year",
                table: "planning_plans",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_plans_Year",
                table: "planning_plans",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "planning_commissioned_pieces");

            migrationBuilder.DropTable(
                name: "planning_congress_terms");

            migrationBuilder.DropTable(
                name: "planning_media_agreements");

            migrationBuilder.DropTable(
                name: "planning_plan_activities");

            migrationBuilder.DropTable(
                name: "planning_plan_budget_lines");

            migrationBuilder.DropTable(
                name: "planning_plan_campaigns");

            migrationBuilder.DropTable(
                name: "planning_plan_observances");

            migrationBuilder.DropTable(
                name: "planning_media_partners");

            migrationBuilder.DropTable(
                name: "planning_plans");
        }
    }
}
