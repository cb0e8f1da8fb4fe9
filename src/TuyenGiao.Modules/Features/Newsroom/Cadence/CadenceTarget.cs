namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>
/// A unit's target of published posts per day from <see cref="ValidFrom"/> (a Vietnam-time date)
/// until the next target of the unit. Units without one follow the federation's default in the
/// statistics; only units with a target (and the root units) are warned.
/// </summary>
internal sealed class CadenceTarget
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>0 means no target (nothing is ever below it, no warning).</summary>
    public int PostsPerDay { get; set; }

    /// <summary>Local hour (0–23) after which the editors are warned; null: the configured default.</summary>
    public int? WarnAtHour { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedByUserId { get; set; }
}
