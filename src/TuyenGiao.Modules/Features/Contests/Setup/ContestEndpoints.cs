using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Contests.Questions;
using TuyenGiao.Modules.Features.Contests.Results;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Setup;

/// <summary><c>/api/v1/contests</c>: setup, question bank and results for organisers (EditContent over the organiser unit).</summary>
public static class ContestEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapContestSetup(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contests").WithTags("Contests").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<ContestItem>>> (int? page, int? pageSize, ContestSetupService setup, CancellationToken ct) =>
                TypedResults.Ok(await setup.ListAsync(PageQuery.From(page, pageSize), ct)))
            .WithName("ListContests").WithSummary("Contests whose organiser unit the caller may edit content in.");

        group.MapGet("/{id:int}", async Task<Ok<ContestItem>> (int id, ContestSetupService setup, CancellationToken ct) =>
                TypedResults.Ok(await setup.GetAsync(id, ct)))
            .WithName("GetContest").WithSummary("One contest's setup.").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<ContestItem>> (SaveContestRequest body, ContestSetupService setup, CancellationToken ct) =>
            {
                var item = await setup.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/contests/{item.Id}", item);
            })
            .WithName("CreateContest").WithSummary("Creates a contest with its rounds.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<ContestItem>> (int id, SaveContestRequest body, ContestSetupService setup, CancellationToken ct) =>
                TypedResults.Ok(await setup.UpdateAsync(id, body, ct)))
            .WithName("UpdateContest").WithSummary("Replaces a contest's setup and rounds (a round with attempts cannot be removed).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/questions", async Task<Ok<PagedResult<QuestionItem>>> (int id, string? q, int? page, int? pageSize, QuestionBankService bank, CancellationToken ct) =>
                TypedResults.Ok(await bank.ListAsync(id, q, PageQuery.From(page, pageSize), ct)))
            .WithName("ListContestQuestions").WithSummary("The question bank (with the correct options), searchable without tones.");

        group.MapPost("/{id:int}/questions", async Task<Created<QuestionItem>> (int id, SaveQuestionRequest body, QuestionBankService bank, CancellationToken ct) =>
            {
                var item = await bank.CreateAsync(id, body, ct);
                return TypedResults.Created($"/api/v1/contests/{id}/questions/{item.Id}", item);
            })
            .WithName("CreateContestQuestion").WithSummary("Adds a question (2–6 options, at least one correct; duplicates refused).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPut("/{id:int}/questions/{questionId:int}", async Task<Ok<QuestionItem>> (int id, int questionId, SaveQuestionRequest body, QuestionBankService bank, CancellationToken ct) =>
                TypedResults.Ok(await bank.UpdateAsync(id, questionId, body, ct)))
            .WithName("UpdateContestQuestion").WithSummary("Changes a question; set isActive false to retire it.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/questions/template", async Task<FileContentHttpResult> (int id, ContestSetupService setup, CancellationToken ct) =>
            {
                await setup.LoadAsync(id, ct);
                return TypedResults.File(QuestionSheet.Template(), Xlsx, "mau-cau-hoi.xlsx");
            })
            .WithName("ContestQuestionTemplate").WithSummary("The Excel template for question import.");

        group.MapPost("/{id:int}/questions/import", async Task<Ok<QuestionImportResult>> (int id, IFormFile file, QuestionBankService bank, CancellationToken ct) =>
            {
                if (file.Length > 10 * 1024 * 1024)
                {
                    throw AppProblemException.Invalid([new FieldError("file", Messages.Get("ContestsImportTooLarge"))]);
                }

                using var ms = new MemoryStream();
                await file.CopyToAsync(ms, ct);
                return TypedResults.Ok(await bank.ImportAsync(id, ms.ToArray(), ct));
            })
            .WithName("ImportContestQuestions").WithSummary("Imports questions from the Excel template; any wrong row refuses the whole file, with every row's errors.")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}/questions/export", async Task<FileContentHttpResult> (int id, QuestionBankService bank, CancellationToken ct) =>
                TypedResults.File(await bank.ExportAsync(id, ct), Xlsx, "ngan-hang-cau-hoi.xlsx"))
            .WithName("ExportContestQuestions").WithSummary("The question bank as an Excel workbook (the template's layout).");

        group.MapGet("/{id:int}/rankings", async Task<Ok<PagedResult<RankingRow>>> (int id, int? roundId, int? page, int? pageSize, ResultsService results, CancellationToken ct) =>
                TypedResults.Ok(await results.RankingsAsync(id, roundId, PageQuery.From(page, pageSize), ct)))
            .AllowAnonymous()
            .WithName("ContestRankings")
            .WithSummary("Ranking of a round (roundId) or overall (sum of per-round bests). Organisers any time; everyone else once the round has closed, phones masked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:int}/unit-stats", async Task<Ok<List<UnitStat>>> (int id, int? roundId, OrgLevel? level, bool? byRate, ResultsService results, CancellationToken ct) =>
                TypedResults.Ok(await results.UnitsAsync(id, roundId, level, byRate ?? false, ct)))
            .AllowAnonymous()
            .WithName("ContestUnitStats")
            .WithSummary("Entrants, members, participation rate and average score per unit (or per ancestor at a level); byRate sorts by participation rate.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:int}/question-stats", async Task<Ok<List<QuestionStat>>> (int id, int? roundId, ResultsService results, CancellationToken ct) =>
                TypedResults.Ok(await results.QuestionsAsync(id, roundId, ct)))
            .WithName("ContestQuestionStats").WithSummary("Share of correct answers per question, lowest first: bad questions stand out.");

        group.MapGet("/{id:int}/exports/winners.xlsx", async Task<FileContentHttpResult> (int id, ResultsService results, CancellationToken ct) =>
                TypedResults.File(await results.WinnersWorkbookAsync(id, ct), Xlsx, "nguoi-doat-giai.xlsx"))
            .WithName("ExportContestWinners").WithSummary("Winners per round and overall (as many as the individual prizes).");

        group.MapGet("/{id:int}/exports/units.xlsx", async Task<FileContentHttpResult> (int id, OrgLevel? level, ResultsService results, CancellationToken ct) =>
                TypedResults.File(await results.UnitsWorkbookAsync(id, level, ct), Xlsx, "thong-ke-don-vi.xlsx"))
            .WithName("ExportContestUnits").WithSummary("Unit tables: by entrants and by participation rate.");
    }
}
