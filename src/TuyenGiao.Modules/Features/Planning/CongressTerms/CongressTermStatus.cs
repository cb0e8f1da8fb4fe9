namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>Where a term stands today: its congress still to come, running, run its course, or cut short.</summary>
public enum CongressTermStatus
{
    Upcoming = 1,
    Current = 2,
    Completed = 3,
    EndedEarly = 4,
}
