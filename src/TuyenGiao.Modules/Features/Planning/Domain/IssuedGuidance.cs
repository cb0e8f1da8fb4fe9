namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A guidance (hướng dẫn) a unit issues to the units under it: what to communicate and how, and
/// a report form the recipients fill in by the deadline. Issued once; recipients are fixed then.
/// </summary>
internal sealed class IssuedGuidance
{
    public int Id { get; set; }

    public int IssuerUnitId { get; set; }

    /// <summary>The issuer's name on the issue date.</summary>
    public required string IssuerName { get; set; }

    /// <summary>The document number, "15/HD-LĐLĐ"; unique per issuing unit.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public required string Content { get; set; }

    /// <summary>Key messages, one a line.</summary>
    public string? KeyMessages { get; set; }

    /// <summary>JSON list of {name, url}.</summary>
    public required string AttachmentsJson { get; set; }

    /// <summary>JSON list of report fields (see ReportForms).</summary>
    public required string FormJson { get; set; }

    /// <summary>Last day (Vietnam date) to report.</summary>
    public DateOnly Deadline { get; set; }

    public RecipientScope Scope { get; set; }

    /// <summary>The date whose hierarchy chose the recipients (the issue date, Vietnam time).</summary>
    public DateOnly AsOf { get; set; }

    public DateTime IssuedAt { get; set; }

    public string? IssuedBy { get; set; }

    public int RecipientCount { get; set; }

    public List<GuidanceRecipient> Recipients { get; set; } = [];
}
