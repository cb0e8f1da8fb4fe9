namespace TuyenGiao.Modules.Features.Organization.Domain;

/// <summary>A link from a unit that ended (or gave part of itself) to the unit that took over.</summary>
internal sealed class OrgSuccession
{
    public long Id { get; set; }

    public int PredecessorId { get; set; }

    public int SuccessorId { get; set; }

    public RestructuringKind Kind { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public Guid RestructuringId { get; set; }
}
