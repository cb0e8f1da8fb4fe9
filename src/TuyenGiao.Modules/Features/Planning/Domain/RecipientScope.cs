namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>Who a guidance or campaign goes to: every unit under the issuing unit, or the units it names.</summary>
public enum RecipientScope
{
    Subtree = 1,
    Chosen = 2,
}
