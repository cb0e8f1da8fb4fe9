namespace TuyenGiao.Modules.Features.Organization.Contracts;

/// <summary>The level of a unit in the union hierarchy (glossary names). Parents sit at a lower number.</summary>
public enum OrgLevel
{
    /// <summary>Liên đoàn Lao động tỉnh, thành phố.</summary>
    Federation = 1,

    /// <summary>Công đoàn cấp trên trực tiếp cơ sở: district, sector, industrial-zone, commune/ward unions.</summary>
    UpperUnion = 2,

    /// <summary>Công đoàn cơ sở.</summary>
    GrassrootsUnion = 3,

    /// <summary>Tổ công đoàn.</summary>
    UnionGroup = 4,
}
