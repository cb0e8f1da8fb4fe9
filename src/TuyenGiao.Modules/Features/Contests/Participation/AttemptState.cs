namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>What the answer and submit requests check, cached in memory after the start (or loaded once after a restart).</summary>
internal sealed class AttemptState
{
    public required long Id { get; init; }

    public required int ContestId { get; init; }

    public required int RoundId { get; init; }

    public required long ParticipantId { get; init; }

    public required int Number { get; init; }

    public required string TokenHash { get; init; }

    public required DateTime StartedAt { get; init; }

    public required DateTime Deadline { get; init; }

    /// <summary>Question id → option ids in the order shown.</summary>
    public required IReadOnlyList<KeyValuePair<int, int[]>> Layout { get; init; }

    public volatile bool Submitted;

    public bool Has(int questionId) => Layout.Any(l => l.Key == questionId);

    public static string Format(IEnumerable<KeyValuePair<int, int[]>> layout) =>
        string.Join(';', layout.Select(l => l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + string.Join(',', l.Value)));

    public static IReadOnlyList<KeyValuePair<int, int[]>> Parse(string layout) =>
        layout.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var q = int.Parse(part.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture);
            var options = part[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => int.Parse(o, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return new KeyValuePair<int, int[]>(q, options);
        }).ToList();
}
