namespace TuyenGiao.Modules.Shared.Components;

/// <summary>A unit picked in a back-office form; equal by id whatever name it was shown with.</summary>
public sealed record UnitChoice(int Id, string Name, string? ParentName = null)
{
    public bool Equals(UnitChoice? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id;
}
