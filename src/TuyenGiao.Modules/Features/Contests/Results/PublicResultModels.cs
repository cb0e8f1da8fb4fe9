using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary>A winner as the public sees it: name partly masked, no phone, no flags.</summary>
public sealed record PublicWinner(int Rank, string Name, string? UnitName, int Score, long? PredictionGap, long DurationMs);

public sealed record PublicUnitPrize(int Rank, string Name, int Entrants, int Members, double ParticipationRate);

/// <summary>
/// The unit prizes at one level of the hierarchy (upper-level unions, grassroots unions): the
/// units with the most entrants and those with the highest participation rate. Above grassroots,
/// a unit counts the entrants of its whole subtree over the members summed over that subtree.
/// </summary>
public sealed record PublicUnitPrizes(OrgLevel Level, string LevelName, IReadOnlyList<PublicUnitPrize> MostEntrants, IReadOnlyList<PublicUnitPrize> HighestRate);

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
    IReadOnlyList<PublicUnitPrizes> UnitPrizes);

public sealed record PublicContestResults(int ContestId, string Slug, string Title, IReadOnlyList<PublicRoundResults> Rounds, PublicRoundResults? Overall);
