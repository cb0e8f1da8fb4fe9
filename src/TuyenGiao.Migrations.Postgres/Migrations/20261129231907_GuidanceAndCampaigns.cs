using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GuidanceAndCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "planning_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IndicatorsJson = table.Column<string>(type: "text", nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_guidances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssuerUnitId = table.Column<int>(type: "integer", nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    KeyMessages = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "text", nullable: false),
                    FormJson = table.Column<string>(type: "text", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecipientCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_guidances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_campaign_participants",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_campaign_participants", x => new { x.CampaignId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_planning_campaign_participants_planning_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "planning_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_campaign_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ValuesJson = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_campaign_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_campaign_reports_planning_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "planning_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_guidance_recipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuidanceId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    KindName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Depth = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ValuesJson = table.Column<string>(type: "text", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReminderCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_guidance_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_guidance_recipients_planning_guidances_GuidanceId",
                        column: x => x.GuidanceId,
                        principalTable: "planning_guidances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_planning_campaign_participants_UnitId",
                table: "planning_campaign_participants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_campaign_reports_CampaignId_PeriodTo",
                table: "planning_campaign_reports",
                columns: new[] { "CampaignId", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_campaign_reports_CampaignId_UnitId_PeriodFrom",
                table: "planning_campaign_reports",
                columns: new[] { "CampaignId", "UnitId", "PeriodFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_campaigns_OwnerUnitId",
                table: "planning_campaigns",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_guidance_recipients_GuidanceId_Path",
                table: "planning_guidance_recipients",
                columns: new[] { "GuidanceId", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_guidance_recipients_GuidanceId_UnitId",
                table: "planning_guidance_recipients",
                columns: new[] { "GuidanceId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_guidance_recipients_UnitId",
                table: "planning_guidance_recipients",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_guidances_IssuerUnitId_Number",
                table: "planning_guidances",
                columns: new[] { "IssuerUnitId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "planning_campaign_participants");

            migrationBuilder.DropTable(
                name: "planning_campaign_reports");

            migrationBuilder.DropTable(
                name: "planning_guidance_recipients");

            migrationBuilder.DropTable(
                name: "planning_campaigns");

            migrationBuilder.DropTable(
                name: "planning_guidances");
        }
    }
}
