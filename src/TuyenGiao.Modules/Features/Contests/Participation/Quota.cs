using System.Globalization;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>"How many questions of this category and difficulty": parsed from "category|difficulty|count;…" (empty category or difficulty 0: any).</summary>
internal sealed record Quota(string? Category, int Difficulty, int Count)
{
    public bool Matches(CachedQuestion q) =>
        (string.IsNullOrEmpty(Category) || VietnameseText.Fold(q.Category) == VietnameseText.Fold(Category))
        && (Difficulty == 0 || q.Difficulty == Difficulty);

    public static IReadOnlyList<Quota> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            {
                var bits = part.Split('|');
                return new Quota(
                    bits[0].Trim().Length == 0 ? null : bits[0].Trim(),
                    bits.Length > 1 && int.TryParse(bits[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : 0,
                    bits.Length > 2 && int.TryParse(bits[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0);
            }).ToList();

    public static string Format(IEnumerable<Quota> quotas) =>
        string.Join(';', quotas.Select(q => $"{q.Category}|{q.Difficulty.ToString(CultureInfo.InvariantCulture)}|{q.Count.ToString(CultureInfo.InvariantCulture)}"));
}
