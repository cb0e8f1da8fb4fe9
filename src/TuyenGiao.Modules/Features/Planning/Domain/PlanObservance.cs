namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A plan serves an observance (link table).</summary>
internal sealed class PlanObservance
{
    public int PlanId { get; set; }

    public int ObservanceId { get; set; }
}
