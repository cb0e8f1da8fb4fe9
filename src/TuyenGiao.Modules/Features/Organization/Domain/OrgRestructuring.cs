namespace TuyenGiao.Modules.Features.Organization.Domain;

/// <summary>One restructuring operation as a person ordered it, with the readable list of what it changed.</summary>
internal sealed class OrgRestructuring
{
    public Guid Id { get; set; }

    public RestructuringKind Kind { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public required string Summary { get; set; }

    /// <summary>Each change on its own line, in Vietnamese.</summary>
    public required string Changes { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
