using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CadenceMediaSearchGuidancePlansContestsChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "channels_channels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Administrator = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessTokenProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RefreshTokenProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AccessTokenExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefreshLeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefreshLeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeferredUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Followers = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowersAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeactivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_channels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "channels_throttles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_throttles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "contests_attempt_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttemptId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_attempt_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contests_contests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OrganiserUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    EligibleUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionsPerAttempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Quotas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TimeLimitSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptsPerRound = table.Column<int>(type: "INTEGER", nullable: false),
                    EssayQuestion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PredictionQuestion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PredictionTruth = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PredictionValue = table.Column<int>(type: "INTEGER", nullable: true),
                    RankingOrder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IndividualPrizes = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPrizes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_contests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "newsroom_cadence_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PostsPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    WarnAtHour = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_newsroom_cadence_targets", x => x.Id);
                });

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
                name: "planning_congress_terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CongressStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CongressEndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EndedEarly = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_congress_terms", x => x.Id);
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
                name: "planning_media_partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_media_partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    KeyMessages = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Audiences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "channels_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    PostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReconcileFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RemoteId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastErrorCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_channels_deliveries_channels_channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "channels_channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "channels_metrics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveryId = table.Column<long>(type: "INTEGER", nullable: true),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_metrics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_channels_metrics_channels_channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "channels_channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_participants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FoldedText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MultipleChoice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Difficulty = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "planning_media_agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AttachmentUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PublishedUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_commissioned_pieces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_commissioned_pieces_planning_media_partners_PartnerId",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObservanceId = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "channels_delivery_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channels_delivery_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_channels_delivery_attempts_channels_deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "channels_deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contests_options",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsCorrect = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Layout = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Prediction = table.Column<int>(type: "INTEGER", nullable: true),
                    Essay = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    EssayScore = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    AttemptId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsCorrect = table.Column<bool>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_channels_channels_Kind_ExternalId",
                table: "channels_channels",
                columns: new[] { "Kind", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_channels_channels_UnitId_Kind",
                table: "channels_channels",
                columns: new[] { "UnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_channels_deliveries_ChannelId",
                table: "channels_deliveries",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_channels_deliveries_PostId_ChannelId",
                table: "channels_deliveries",
                columns: new[] { "PostId", "ChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_channels_deliveries_Status_NextAttemptAt",
                table: "channels_deliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_channels_delivery_attempts_DeliveryId",
                table: "channels_delivery_attempts",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_channels_metrics_ChannelId_Metric_TakenAt",
                table: "channels_metrics",
                columns: new[] { "ChannelId", "Metric", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_channels_metrics_DeliveryId_Metric_TakenAt",
                table: "channels_metrics",
                columns: new[] { "DeliveryId", "Metric", "TakenAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_newsroom_cadence_targets_UnitId_ValidFrom",
                table: "newsroom_cadence_targets",
                columns: new[] { "UnitId", "ValidFrom" },
                unique: true);

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

            // The portal's search index (FTS5 on SQLite, a tsvector column with GIN on PostgreSQL), kept in sync by the database.
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TuyenGiao.Modules.Features.Newsroom.Search.SearchIndexSql.SqliteDown);

            migrationBuilder.DropTable(
                name: "channels_delivery_attempts");

            migrationBuilder.DropTable(
                name: "channels_metrics");

            migrationBuilder.DropTable(
                name: "channels_throttles");

            migrationBuilder.DropTable(
                name: "contests_answers");

            migrationBuilder.DropTable(
                name: "contests_attempt_events");

            migrationBuilder.DropTable(
                name: "contests_options");

            migrationBuilder.DropTable(
                name: "newsroom_cadence_targets");

            migrationBuilder.DropTable(
                name: "newsroom_media");

            migrationBuilder.DropTable(
                name: "planning_campaign_participants");

            migrationBuilder.DropTable(
                name: "planning_campaign_reports");

            migrationBuilder.DropTable(
                name: "planning_commissioned_pieces");

            migrationBuilder.DropTable(
                name: "planning_congress_terms");

            migrationBuilder.DropTable(
                name: "planning_guidance_recipients");

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
                name: "channels_deliveries");

            migrationBuilder.DropTable(
                name: "contests_attempts");

            migrationBuilder.DropTable(
                name: "contests_questions");

            migrationBuilder.DropTable(
                name: "planning_campaigns");

            migrationBuilder.DropTable(
                name: "planning_guidances");

            migrationBuilder.DropTable(
                name: "planning_media_partners");

            migrationBuilder.DropTable(
                name: "planning_plans");

            migrationBuilder.DropTable(
                name: "channels_channels");

            migrationBuilder.DropTable(
                name: "contests_participants");

            migrationBuilder.DropTable(
                name: "contests_rounds");

            migrationBuilder.DropTable(
                name: "contests_contests");
        }
    }
}
