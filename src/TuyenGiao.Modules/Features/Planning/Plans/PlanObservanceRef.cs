namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>An observance a plan serves.</summary>
public sealed record PlanObservanceRef(int Id, string Name, int Month, int Day, string Calendar);
