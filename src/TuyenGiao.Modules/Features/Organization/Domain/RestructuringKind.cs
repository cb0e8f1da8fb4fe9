namespace TuyenGiao.Modules.Features.Organization.Domain;

internal enum RestructuringKind
{
    Create = 1,
    Rename = 2,
    Move = 3,
    Merge = 4,
    Split = 5,
    Dissolve = 6,
    UpdateDetails = 7,
    Import = 8,
}
