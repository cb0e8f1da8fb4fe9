namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>A unit of a subtree on a date, as coverage counts it.</summary>
internal sealed record UnitRow(int UnitId, int? ParentId, string Name, int Level);
