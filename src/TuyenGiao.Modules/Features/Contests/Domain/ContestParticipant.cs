namespace TuyenGiao.Modules.Features.Contests.Domain;

/// <summary>
/// One identity per phone per contest. The registration secret (stored hashed) lets the person
/// start attempts, download their data and have it erased. Erasure blanks the personal fields
/// and keeps the row, so counts and rankings stay whole.
/// </summary>
internal sealed class ContestParticipant
{
    public long Id { get; set; }

    public int ContestId { get; set; }

    public required string Name { get; set; }

    /// <summary>Digits only, national form (0…); blanked to a unique placeholder on erasure.</summary>
    public required string Phone { get; set; }

    public string? Email { get; set; }

    public int? UnitId { get; set; }

    public required string SecretHash { get; set; }

    public DateTime ConsentedAt { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime? ErasedAt { get; set; }
}
