namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>The kind of press outlet a unit works with.</summary>
public enum MediaPartnerKind
{
    Newspaper = 1,
    RadioTv = 2,
    Online = 3,
    Other = 9,
}
