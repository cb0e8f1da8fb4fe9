namespace TuyenGiao.Modules.Features.Organization.Api;

// Bodies of the org-unit routes. Dates are yyyy-MM-dd (effective date; default today).

public sealed record RenameUnitRequest(string? Name, string? ShortName, DateOnly? EffectiveDate);

public sealed record MoveUnitRequest(int? ParentId, DateOnly? EffectiveDate);

public sealed record UpdateUnitDetailsRequest(int? MemberCount, string? Phone, string? Email, string? Address, string? Code, DateOnly? EffectiveDate);

public sealed record SplitUnitRequest(IReadOnlyList<Restructure.SplitPart>? Parts, int? ParentId, bool KeepSource, DateOnly? EffectiveDate, string? Note);

public sealed record DissolveUnitRequest(DateOnly? EffectiveDate, string? Note);
