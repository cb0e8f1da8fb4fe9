using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IndicatorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_guidances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssuerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    KeyMessages = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FormJson = table.Column<string>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_guidances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_campaign_participants",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuidanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    KindName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderCount = table.Column<int>(type: "INTEGER", nullable: false)
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
