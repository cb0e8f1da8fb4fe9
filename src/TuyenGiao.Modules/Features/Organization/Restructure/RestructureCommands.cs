namespace TuyenGiao.Modules.Features.Organization.Restructure;

// The restructuring commands, as the API and the back-office send them. Dates are effective
// dates (Vietnam calendar); null means today. Every command can be previewed: the same work
// inside a transaction that is rolled back.

/// <summary>New unit under a parent (null parent only for a federation).</summary>
public sealed record CreateUnitCommand(
    string? Name,
    string? ShortName,
    string? Kind,
    int? ParentId,
    int? MemberCount = null,
    string? Code = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    DateOnly? EffectiveDate = null);

public sealed record RenameUnitCommand(int UnitId, string? Name, string? ShortName, DateOnly? EffectiveDate = null);

public sealed record MoveUnitCommand(int UnitId, int? ParentId, DateOnly? EffectiveDate = null);

/// <summary>Member count and contact; a new version from the date. Code is the unit's, not versioned.</summary>
public sealed record UpdateUnitDetailsCommand(
    int UnitId,
    int? MemberCount,
    string? Phone,
    string? Email,
    string? Address,
    string? Code,
    DateOnly? EffectiveDate = null);

/// <summary>
/// Sources end; their units below move to the target, which is an existing unit or a new one
/// (<see cref="NewUnit"/>). Members are added to the target unless <see cref="AddMembers"/> is false.
/// </summary>
public sealed record MergeUnitsCommand(
    IReadOnlyList<int>? SourceIds,
    int? TargetId,
    CreateUnitCommand? NewUnit,
    bool AddMembers = true,
    DateOnly? EffectiveDate = null,
    string? Note = null);

/// <summary>
/// New units formed from a source, under <see cref="ParentId"/> (default: the source's parent).
/// Each part takes the children listed. Unless <see cref="KeepSource"/>, the source ends and every
/// child must go to a part.
/// </summary>
public sealed record SplitUnitCommand(
    int UnitId,
    IReadOnlyList<SplitPart>? Parts,
    int? ParentId = null,
    bool KeepSource = false,
    DateOnly? EffectiveDate = null,
    string? Note = null);

public sealed record SplitPart(string? Name, string? ShortName, string? Kind, int? MemberCount, IReadOnlyList<int>? ChildIds, string? Code = null);

/// <summary>The unit ends on the date. It must have no units below it then.</summary>
public sealed record DissolveUnitCommand(int UnitId, DateOnly? EffectiveDate = null, string? Note = null);
