namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A unit's congress term (nhiệm kỳ đại hội), e.g. 2023–2028: the congress that opened it and,
/// when the term did not run its course (the 2025 reorganisation merged or dissolved the unit),
/// the day it ended and why.
/// </summary>
internal sealed class CongressTerm
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>"Đại hội Công đoàn tỉnh Bắc Kạn lần thứ XI".</summary>
    public string? Name { get; set; }

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public DateOnly? CongressStartDate { get; set; }

    public DateOnly? CongressEndDate { get; set; }

    public string? Location { get; set; }

    public bool EndedEarly { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
