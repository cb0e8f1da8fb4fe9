using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "newsroom_media",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CardName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    ThumbName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    AltText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Caption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EmbedUrl = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_media", x => x.Id);
                    table.ForeignKey(
                        name: "FK_newsroom_media_identity_users_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_newsroom_media_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_media_StoredName",
                table: "newsroom_media",
                column: "StoredName");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_media_UnitId_DeletedAt_CreatedAt",
                table: "newsroom_media",
                columns: new[] { "UnitId", "DeletedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_media_UnitId_Sha256",
                table: "newsroom_media",
                columns: new[] { "UnitId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_media_UploadedByUserId",
                table: "newsroom_media",
                column: "UploadedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "newsroom_media");
        }
    }
}
