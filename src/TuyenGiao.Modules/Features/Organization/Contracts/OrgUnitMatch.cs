namespace TuyenGiao.Modules.Features.Organization.Contracts;

/// <summary>A unit found by a name search, with the name of its parent to tell namesakes apart.</summary>
public sealed record OrgUnitMatch(int Id, string Name, string Kind, int? ParentId, string? ParentName);
