using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CardName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ThumbName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmbedUrl = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
