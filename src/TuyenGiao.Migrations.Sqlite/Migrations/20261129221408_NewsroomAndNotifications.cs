using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NewsroomAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "newsroom_posts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    SearchTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CoverMediaId = table.Column<long>(type: "INTEGER", nullable: true),
                    CoverAlt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SourceCredit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_newsroom_posts_identity_users_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_newsroom_posts_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_items_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_front_page_proposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_front_page_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_newsroom_front_page_proposals_newsroom_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "newsroom_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_newsroom_front_page_proposals_org_units_TargetUnitId",
                        column: x => x.TargetUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_post_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaId = table.Column<long>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_post_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_newsroom_post_attachments_newsroom_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "newsroom_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_post_tags",
                columns: table => new
                {
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    Folded = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_post_tags", x => new { x.PostId, x.Folded });
                    table.ForeignKey(
                        name: "FK_newsroom_post_tags_newsroom_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "newsroom_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_post_topics",
                columns: table => new
                {
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_post_topics", x => new { x.PostId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_newsroom_post_topics_newsroom_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "newsroom_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_newsroom_post_topics_newsroom_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "newsroom_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_front_page_proposals_PostId",
                table: "newsroom_front_page_proposals",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_front_page_proposals_TargetUnitId_Status",
                table: "newsroom_front_page_proposals",
                columns: new[] { "TargetUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_post_attachments_PostId",
                table: "newsroom_post_attachments",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_post_tags_Folded",
                table: "newsroom_post_tags",
                column: "Folded");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_post_topics_TopicId",
                table: "newsroom_post_topics",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_posts_AuthorUserId",
                table: "newsroom_posts",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_posts_Slug",
                table: "newsroom_posts",
                column: "Slug");

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_posts_Status_PublishAt",
                table: "newsroom_posts",
                columns: new[] { "Status", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_posts_Status_PublishedAt",
                table: "newsroom_posts",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_posts_UnitId_Status_PublishedAt",
                table: "newsroom_posts",
                columns: new[] { "UnitId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_topics_Slug",
                table: "newsroom_topics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_items_UserId_DedupKey",
                table: "notifications_items",
                columns: new[] { "UserId", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_items_UserId_ReadAt_Id",
                table: "notifications_items",
                columns: new[] { "UserId", "ReadAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "newsroom_front_page_proposals");

            migrationBuilder.DropTable(
                name: "newsroom_post_attachments");

            migrationBuilder.DropTable(
                name: "newsroom_post_tags");

            migrationBuilder.DropTable(
                name: "newsroom_post_topics");

            migrationBuilder.DropTable(
                name: "notifications_items");

            migrationBuilder.DropTable(
                name: "newsroom_posts");

            migrationBuilder.DropTable(
                name: "newsroom_topics");
        }
    }
}
