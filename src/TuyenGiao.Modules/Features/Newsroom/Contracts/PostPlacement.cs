namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>Where a post appears on the portal: its unit, its topics' slugs and the units that accepted it for their front page.</summary>
public sealed record PostPlacement(long PostId, int UnitId, IReadOnlyList<string> TopicSlugs, IReadOnlyList<int> FrontPageUnitIds);
