using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Seeding;

/// <summary>
/// The demo contest on the Trade Union Law 2024 (about 60 questions, a first round open now for a
/// week), under the first root unit, so a newcomer finds it at /cuoc-thi. Skipped when
/// Seed:Demo=false or when any contest exists.
/// </summary>
internal static class ContestDemoSeeder
{
    public const string Slug = "tim-hieu-luat-cong-doan-2024";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Seed:Demo", true))
        {
            return;
        }

        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Set<Contest>().AnyAsync(ct))
        {
            return;
        }

        var roots = await services.GetRequiredService<IOrgHierarchy>().GetRootsAsync(null, ct);
        if (roots.Count == 0)
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Year, now.Month, now.Day, 0, 0, 0, DateTimeKind.Utc).AddHours(-7); // midnight in Vietnam
        var root = roots[0];
        var contest = new Contest
        {
            Slug = Slug,
            Title = "Cuộc thi trực tuyến “Tìm hiểu Luật Công đoàn năm 2024”",
            Rules = "Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm chọn ngẫu nhiên từ ngân hàng câu hỏi, làm trong 20 phút, và một câu hỏi dự đoán số người trả lời đúng tất cả các câu. Mỗi tuần là một vòng thi; mỗi người được thi tối đa 2 lượt trong một vòng, lấy lượt có kết quả cao nhất. Giải cá nhân xét theo số câu trả lời đúng, rồi dự đoán gần đúng nhất, rồi thời gian làm bài ngắn hơn, rồi thời điểm nộp bài sớm hơn. Giải tập thể trao cho đơn vị có nhiều người dự thi nhất và có tỷ lệ người dự thi trên tổng số đoàn viên cao nhất.",
            OrganiserUnitId = root.Id,
            EligibleUnitId = root.Id,
            QuestionsPerAttempt = 20,
            TimeLimitSeconds = 20 * 60,
            AttemptsPerRound = 2,
            PredictionQuestion = "Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi trong vòng thi này?",
            PredictionTruth = PredictionTruth.AllCorrectEntrants,
            RankingOrder = "Score,Prediction,Duration,SubmittedAt",
            IndividualPrizes = 10,
            UnitPrizes = 3,
            IsPublished = true,
            CreatedAt = now,
            Rounds =
            [
                new ContestRound { Number = 1, Title = "Tuần 1", OpensAt = start.AddDays(-1), ClosesAt = start.AddDays(7) },
                new ContestRound { Number = 2, Title = "Tuần 2", OpensAt = start.AddDays(7), ClosesAt = start.AddDays(14) },
            ],
        };
        db.Add(contest);
        await db.SaveChangesAsync(ct);
        foreach (var q in Questions())
        {
            q.ContestId = contest.Id;
            db.Add(q);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo bank: tab-separated text, options A–D, correct ones as "1" or "1,2", category, difficulty.</summary>
    internal static IEnumerable<ContestQuestion> Questions()
    {
        using var stream = typeof(ContestDemoSeeder).Assembly.GetManifestResourceStream("TuyenGiao.contests-demo-questions.tsv")!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            var f = line.TrimEnd('\r').Split('\t');
            var correct = f[5].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture) - 1).ToHashSet();
            var text = VietnameseText.Nfc(f[0])!;
            yield return new ContestQuestion
            {
                Text = text,
                FoldedText = VietnameseText.Fold(text),
                Category = f[6],
                Difficulty = int.Parse(f[7], CultureInfo.InvariantCulture),
                MultipleChoice = correct.Count > 1,
                Options = Enumerable.Range(0, 4).Select(i => new ContestOption { Position = i, Text = VietnameseText.Nfc(f[1 + i])!, IsCorrect = correct.Contains(i) }).ToList(),
            };
        }
    }
}
