namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>What the top of an official document names: the issuing unit and its parent, the place and the date of issue.</summary>
internal sealed record PlanDocumentHeader(string? ParentName, string UnitName, string? Place, DateOnly Date);
