namespace TuyenGiao.Modules.Features.Contests.Domain;

/// <summary>One round (commonly a week): attempts may start from <see cref="OpensAt"/> until <see cref="ClosesAt"/>.</summary>
internal sealed class ContestRound
{
    public int Id { get; set; }

    public int ContestId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }
}
