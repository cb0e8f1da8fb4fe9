namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A communication plan covers a whole year or one theme (an anniversary, a campaign).</summary>
public enum PlanKind
{
    Yearly = 1,
    Thematic = 2,
}
