using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TuyenGiao.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Contests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contests_attempt_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttemptId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_attempt_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contests_contests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Rules = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OrganiserUnitId = table.Column<int>(type: "integer", nullable: false),
                    EligibleUnitId = table.Column<int>(type: "integer", nullable: false),
                    QuestionsPerAttempt = table.Column<int>(type: "integer", nullable: false),
                    Quotas = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TimeLimitSeconds = table.Column<int>(type: "integer", nullable: false),
                    AttemptsPerRound = table.Column<int>(type: "integer", nullable: false),
                    EssayQuestion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PredictionQuestion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PredictionTruth = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PredictionValue = table.Column<int>(type: "integer", nullable: true),
                    RankingOrder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IndividualPrizes = table.Column<int>(type: "integer", nullable: false),
                    UnitPrizes = table.Column<int>(type: "integer", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_contests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contests_participants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContestId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ErasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_participants_contests_contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "contests_contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContestId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FoldedText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MultipleChoice = table.Column<bool>(type: "boolean", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Difficulty = table.Column<int>(type: "integer", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_questions_contests_contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "contests_contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContestId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_rounds_contests_contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "contests_contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_options",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsCorrect = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_options_contests_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "contests_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContestId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Layout = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Prediction = table.Column<int>(type: "integer", nullable: true),
                    Essay = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    EssayScore = table.Column<int>(type: "integer", nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: true),
                    Flags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_attempts_contests_participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "contests_participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contests_attempts_contests_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "contests_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contests_answers",
                columns: table => new
                {
                    AttemptId = table.Column<long>(type: "bigint", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    OptionIds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsCorrect = table.Column<bool>(type: "boolean", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_answers", x => new { x.AttemptId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_contests_answers_contests_attempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "contests_attempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contests_answers_QuestionId",
                table: "contests_answers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_attempt_events_AttemptId",
                table: "contests_attempt_events",
                column: "AttemptId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_attempts_ContestId_RoundId_SubmittedAt",
                table: "contests_attempts",
                columns: new[] { "ContestId", "RoundId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_contests_attempts_ParticipantId",
                table: "contests_attempts",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_attempts_RoundId_ParticipantId_Number",
                table: "contests_attempts",
                columns: new[] { "RoundId", "ParticipantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contests_contests_OrganiserUnitId",
                table: "contests_contests",
                column: "OrganiserUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_contests_Slug",
                table: "contests_contests",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contests_options_QuestionId",
                table: "contests_options",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_participants_ContestId_Phone",
                table: "contests_participants",
                columns: new[] { "ContestId", "Phone" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contests_participants_UnitId",
                table: "contests_participants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_questions_ContestId_FoldedText",
                table: "contests_questions",
                columns: new[] { "ContestId", "FoldedText" });

            migrationBuilder.CreateIndex(
                name: "IX_contests_rounds_ContestId_Number",
                table: "contests_rounds",
                columns: new[] { "ContestId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contests_answers");

            migrationBuilder.DropTable(
                name: "contests_attempt_events");

            migrationBuilder.DropTable(
                name: "contests_options");

            migrationBuilder.DropTable(
                name: "contests_attempts");

            migrationBuilder.DropTable(
                name: "contests_questions");

            migrationBuilder.DropTable(
                name: "contests_participants");

            migrationBuilder.DropTable(
                name: "contests_rounds");

            migrationBuilder.DropTable(
                name: "contests_contests");
        }
    }
}
