namespace TuyenGiao.Modules.Features.Planning.ReportForms;

/// <summary>What a report field holds: a count or amount (summed in roll-ups) or free text.</summary>
public enum ReportFieldKind
{
    Number = 1,
    Text = 2,
}
