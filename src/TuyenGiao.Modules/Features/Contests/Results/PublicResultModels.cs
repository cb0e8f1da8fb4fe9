namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>A winner as the public sees it: name partly masked, no phone, no flags.</summary>
public sealed record PublicWinner(int Rank, string Name, string? UnitName, int Score, long? PredictionGap, long DurationMs);

public sealed record PublicUnitPrize(int Rank, string Name, int Entrants, int Members, double ParticipationRate);

/// <summary>
/// The public results of one round (or the whole contest when <see cref="RoundId"/> is null):
/// empty lists and <see cref="Closed"/> false until the round closes.
/// </summary>
public sealed record PublicRoundResults(
    int? RoundId,
    string Title,
    DateTime? ClosesAt,
    bool Closed,
    bool Provisional,
    int Entrants,
    int? PredictionTruth,
    IReadOnlyList<PublicWinner> Winners,
    IReadOnlyList<PublicUnitPrize> MostEntrants,
    IReadOnlyList<PublicUnitPrize> HighestRate);

public sealed record PublicContestResults(int ContestId, string Slug, string Title, IReadOnlyList<PublicRoundResults> Rounds, PublicRoundResults? Overall);
