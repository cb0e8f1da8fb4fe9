using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.Modules.Features.Contests.Participation;

internal sealed record CachedOption(int Id, string Text, bool IsCorrect);

internal sealed record CachedQuestion(int Id, string Text, bool MultipleChoice, string? Category, int Difficulty, string? Explanation, bool IsActive, IReadOnlyList<CachedOption> Options)
{
    /// <summary>The correct option ids, ascending, comma-separated: compared with an answer's.</summary>
    public string CorrectKey { get; } = string.Join(',', Options.Where(o => o.IsCorrect).Select(o => o.Id).Order());
}

internal sealed record CachedRound(int Id, int Number, string Title, DateTime OpensAt, DateTime ClosesAt)
{
    public bool IsOpen(DateTime now) => now >= OpensAt && now < ClosesAt;
}

/// <summary>What the participant flow reads on every request, held in memory.</summary>
internal sealed record CachedContest(
    int Id,
    string Slug,
    string Title,
    string? Rules,
    int OrganiserUnitId,
    int EligibleUnitId,
    int QuestionsPerAttempt,
    string? Quotas,
    int TimeLimitSeconds,
    int AttemptsPerRound,
    string? EssayQuestion,
    string PredictionQuestion,
    bool IsPublished,
    IReadOnlyList<CachedRound> Rounds,
    IReadOnlyDictionary<int, CachedQuestion> Questions)
{
    public CachedRound? OpenRound(DateTime now) => Rounds.FirstOrDefault(r => r.IsOpen(now));

    public CachedRound? Round(int id) => Rounds.FirstOrDefault(r => r.Id == id);
}

/// <summary>
/// The contest, its rounds and its question bank (with the correct options, which never leave
/// the server before a round closes) cached in memory for the opening rush. Setup changes on
/// this node invalidate at once; other nodes see them within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ContestCatalog(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<CachedContest?> GetAsync(int contestId, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync(Key(contestId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await LoadAsync(contestId, ct);
        });

    public async Task<CachedContest?> GetBySlugAsync(string slug, CancellationToken ct = default)
    {
        var id = await cache.GetOrCreateAsync("contests:slug:" + slug, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return await db.Set<Contest>().Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        });
        return id is { } v ? await GetAsync(v, ct) : null;
    }

    public void Invalidate(int contestId) => cache.Remove(Key(contestId));

    private static string Key(int id) => "contests:contest:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<CachedContest?> LoadAsync(int contestId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var c = await db.Set<Contest>().AsNoTracking().Include(x => x.Rounds).FirstOrDefaultAsync(x => x.Id == contestId, ct);
        if (c is null)
        {
            return null;
        }

        var questions = await db.Set<ContestQuestion>().AsNoTracking().Include(q => q.Options)
            .Where(q => q.ContestId == contestId).ToListAsync(ct);
        return new CachedContest(
            c.Id, c.Slug, c.Title, c.Rules, c.OrganiserUnitId, c.EligibleUnitId, c.QuestionsPerAttempt, c.Quotas, c.TimeLimitSeconds,
            c.AttemptsPerRound, c.EssayQuestion, c.PredictionQuestion, c.IsPublished,
            c.Rounds.OrderBy(r => r.Number).Select(r => new CachedRound(r.Id, r.Number, r.Title, r.OpensAt, r.ClosesAt)).ToList(),
            questions.ToDictionary(q => q.Id, q => new CachedQuestion(
                q.Id, q.Text, q.MultipleChoice, q.Category, q.Difficulty, q.Explanation, q.IsActive,
                q.Options.OrderBy(o => o.Position).Select(o => new CachedOption(o.Id, o.Text, o.IsCorrect)).ToList())));
    }
}
