namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// Checks the channels an editor picks for a post (the channels module implements it), called when a
/// publication is scheduled so a bad choice is refused then, not only when the schedule fires.
/// Throws an AppProblemException (Vietnamese, per-field errors on <c>channelIds</c>) and writes nothing.
/// </summary>
public interface IPublicationTargetsValidator
{
    Task ValidateAsync(int postUnitId, IReadOnlyList<long> channelIds, CancellationToken ct = default);
}
