using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Organization.Restructure;

/// <summary>
/// Every change to the hierarchy goes through here: checked against the caller's scope, applied
/// as new versions (nothing overwritten), recorded as a restructuring with readable lines and an
/// audit entry, all in one transaction. A preview runs the same work and rolls it back.
/// </summary>
public sealed class OrgRestructuringService
{
    private readonly AppDbContext db;
    private readonly TimeProvider time;
    private readonly IAccessScope access;
    private readonly IAuditLog audit;

    public OrgRestructuringService(AppDbContext db, TimeProvider time, IAccessScope access, IAuditLog audit)
    {
        this.db = db;
        this.time = time;
        this.access = access;
        this.audit = audit;
    }

    /// <summary>When false, scope checks are skipped (demo seeding and imports already checked).</summary>
    internal bool CheckAccess { get; set; } = true;

    public Task<RestructuringResult> CreateAsync(CreateUnitCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Create, cmd.EffectiveDate, null, preview, async op =>
        {
            var id = await CreateUnitAsync(op, cmd, "", ct);
            op.Summary = M("OrgSummaryCreate", VietnameseText.CleanLine(cmd.Name));
            op.UnitId = id;
        }, ct);

    public Task<RestructuringResult> RenameAsync(RenameUnitCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Rename, cmd.EffectiveDate, null, preview, async op =>
        {
            var name = RequiredName(cmd.Name, "name");
            var shortName = OptionalName(cmd.ShortName, "shortName") ?? name;
            await EnsureAsync(Permission.ManageUnits, cmd.UnitId, ct);
            var open = await OpenVersionAsync(op, cmd.UnitId, ct);
            if (open.Name == name && open.ShortName == shortName)
            {
                throw AppProblemException.Invalid([new FieldError("name", M("OrgSameName"))]);
            }

            var oldName = open.Name;
            await NewVersionAsync(op, open, v =>
            {
                v.Name = name;
                v.ShortName = shortName;
                v.SearchText = SearchText(name, shortName);
            }, ct);
            op.Line(M("OrgLineRename", oldName, name));
            op.Summary = M("OrgSummaryRename", oldName, name);
            op.UnitId = cmd.UnitId;
        }, ct);

    public Task<RestructuringResult> MoveAsync(MoveUnitCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Move, cmd.EffectiveDate, null, preview, async op =>
        {
            if (cmd.ParentId is not { } parentId)
            {
                throw AppProblemException.Invalid([new FieldError("parentId", Messages.Get("Required", "parentId"))]);
            }

            await EnsureAsync(Permission.ManageUnits, cmd.UnitId, ct);
            await EnsureAsync(Permission.ManageUnits, parentId, ct);
            var open = await OpenVersionAsync(op, cmd.UnitId, ct);
            var parent = await OpenVersionAsync(op, parentId, ct);
            if (open.ParentId == parentId)
            {
                throw AppProblemException.Invalid([new FieldError("parentId", M("OrgAlreadyUnderParent", parent.Name))]);
            }

            var oldParentName = open.ParentId is { } oldParent ? (await OpenVersionAsync(op, oldParent, ct)).Name : "—";
            var moved = await MoveSubtreeAsync(op, open, parent, ct);
            op.Line(M("OrgLineMove", open.Name, oldParentName, parent.Name));
            if (moved > 0)
            {
                op.Line(M("OrgLineMoveDescendants", moved));
            }

            op.Summary = M("OrgSummaryMove", open.Name, parent.Name);
            op.UnitId = cmd.UnitId;
        }, ct);

    public Task<RestructuringResult> UpdateDetailsAsync(UpdateUnitDetailsCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.UpdateDetails, cmd.EffectiveDate, null, preview, async op =>
        {
            var errors = new List<FieldError>();
            if (cmd.MemberCount is < 0)
            {
                errors.Add(new FieldError("memberCount", M("OrgMemberCountNegative")));
            }

            var email = CheckEmail(cmd.Email, errors);
            var phone = CheckLength(cmd.Phone, "phone", 50, errors);
            var address = CheckLength(cmd.Address, "address", 500, errors);
            var code = CheckLength(cmd.Code, "code", 64, errors);
            ThrowIfAny(errors);

            await EnsureAsync(Permission.ManageUnits, cmd.UnitId, ct);
            var open = await OpenVersionAsync(op, cmd.UnitId, ct);
            var unit = await db.Set<OrgUnit>().FirstAsync(u => u.Id == cmd.UnitId, ct);
            if (code is not null && code != unit.Code)
            {
                if (await db.Set<OrgUnit>().AnyAsync(u => u.Code == code && u.Id != unit.Id, ct))
                {
                    throw AppProblemException.Invalid([new FieldError("code", M("OrgCodeTaken", code))]);
                }

                op.Line(M("OrgLineCode", unit.Code ?? "—", code));
                unit.Code = code;
            }

            var memberCount = cmd.MemberCount ?? open.MemberCount;
            if (memberCount != open.MemberCount || phone != open.Phone || email != open.Email || address != open.Address)
            {
                if (memberCount != open.MemberCount)
                {
                    op.Line(M("OrgLineMembers", open.Name, open.MemberCount, memberCount));
                }

                if (phone != open.Phone || email != open.Email || address != open.Address)
                {
                    op.Line(M("OrgLineContact", open.Name));
                }

                await NewVersionAsync(op, open, v =>
                {
                    v.MemberCount = memberCount;
                    v.Phone = phone;
                    v.Email = email;
                    v.Address = address;
                }, ct);
            }

            if (op.Lines.Count == 0)
            {
                throw AppProblemException.Invalid(M("OrgNothingChanged"));
            }

            op.Summary = M("OrgSummaryDetails", open.Name);
            op.UnitId = cmd.UnitId;
        }, ct);

    public Task<RestructuringResult> MergeAsync(MergeUnitsCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Merge, cmd.EffectiveDate, cmd.Note, preview, async op =>
        {
            var sourceIds = (cmd.SourceIds ?? []).Distinct().ToList();
            if (sourceIds.Count == 0)
            {
                throw AppProblemException.Invalid([new FieldError("sourceIds", M("OrgMergeNeedsSources"))]);
            }

            if ((cmd.TargetId is null) == (cmd.NewUnit is null))
            {
                throw AppProblemException.Invalid([new FieldError("targetId", M("OrgMergeTargetOne"))]);
            }

            if (cmd.TargetId is { } tid && sourceIds.Contains(tid))
            {
                throw AppProblemException.Invalid([new FieldError("targetId", M("OrgMergeTargetIsSource"))]);
            }

            foreach (var sid in sourceIds)
            {
                await EnsureAsync(Permission.ManageUnits, sid, ct);
            }

            var sources = new List<OrgUnitVersion>();
            foreach (var sid in sourceIds)
            {
                sources.Add(await OpenVersionAsync(op, sid, ct));
            }

            // A source inside another source's subtree would move with it and be merged twice.
            foreach (var inner in sources)
            {
                var outer = sources.FirstOrDefault(o => o.UnitId != inner.UnitId && OrgPath.Contains(inner.Path, o.UnitId));
                if (outer is not null)
                {
                    throw AppProblemException.Invalid([new FieldError("sourceIds", M("OrgMergeSourceInsideSource", inner.Name, outer.Name))]);
                }
            }

            int targetId;
            if (cmd.TargetId is { } existing)
            {
                await EnsureAsync(Permission.ManageUnits, existing, ct);
                targetId = existing;
            }
            else
            {
                var memberSum = sources.Sum(s => s.MemberCount);
                var spec = cmd.NewUnit! with { EffectiveDate = op.Date, MemberCount = cmd.NewUnit!.MemberCount ?? (cmd.AddMembers ? memberSum : 0) };
                targetId = await CreateUnitAsync(op, spec, "newUnit.", ct);
            }

            var target = await OpenVersionAsync(op, targetId, ct);
            foreach (var source in sources)
            {
                if (OrgPath.Contains(target.Path, source.UnitId))
                {
                    throw AppProblemException.Invalid([new FieldError("targetId", M("OrgMergeTargetInsideSource", target.Name, source.Name))]);
                }
            }

            var added = 0;
            foreach (var source in sources)
            {
                var children = await OpenChildrenAsync(source.UnitId, ct);
                foreach (var child in children)
                {
                    await CheckLevelAsync(target, child.KindId, "targetId", ct);
                    var moved = await MoveSubtreeAsync(op, child, target, ct);
                    op.Line(M("OrgLineMergeChild", child.Name, source.Name, target.Name, moved));
                }

                added += source.MemberCount;
                await CloseAsync(op, source, ct);
                op.Line(M("OrgLineMergeSource", source.Name, target.Name, source.MemberCount));
                op.Successor(source.UnitId, targetId);
            }

            if (cmd.TargetId is not null && cmd.AddMembers && added > 0)
            {
                var before = target.MemberCount;
                await NewVersionAsync(op, target, v => v.MemberCount = before + added, ct);
                op.Line(M("OrgLineMembers", target.Name, before, before + added));
            }

            op.Summary = M("OrgSummaryMerge", string.Join(", ", sources.Select(s => s.Name)), target.Name);
            op.UnitId = targetId;
        }, ct);

    public Task<RestructuringResult> SplitAsync(SplitUnitCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Split, cmd.EffectiveDate, cmd.Note, preview, async op =>
        {
            var parts = cmd.Parts ?? [];
            if (parts.Count == 0 || (!cmd.KeepSource && parts.Count < 1))
            {
                throw AppProblemException.Invalid([new FieldError("parts", M("OrgSplitNeedsParts"))]);
            }

            await EnsureAsync(Permission.ManageUnits, cmd.UnitId, ct);
            var source = await OpenVersionAsync(op, cmd.UnitId, ct);
            var parentId = cmd.ParentId ?? source.ParentId;
            if (parentId is { } pid)
            {
                await EnsureAsync(Permission.ManageUnits, pid, ct);
            }

            var children = await OpenChildrenAsync(source.UnitId, ct);
            var childIds = children.Select(c => c.UnitId).ToHashSet();
            var assigned = new HashSet<int>();
            var errors = new List<FieldError>();
            for (var i = 0; i < parts.Count; i++)
            {
                foreach (var cid in parts[i].ChildIds ?? [])
                {
                    if (!childIds.Contains(cid))
                    {
                        errors.Add(new FieldError($"parts[{i}].childIds", M("OrgSplitNotAChild", cid, source.Name)));
                    }
                    else if (!assigned.Add(cid))
                    {
                        errors.Add(new FieldError($"parts[{i}].childIds", M("OrgSplitChildTwice", cid)));
                    }
                }
            }

            if (!cmd.KeepSource)
            {
                var left = children.Where(c => !assigned.Contains(c.UnitId)).ToList();
                if (left.Count > 0)
                {
                    errors.Add(new FieldError("parts", M("OrgSplitChildrenLeft", left.Count, string.Join(", ", left.Take(5).Select(c => c.Name)))));
                }
            }

            ThrowIfAny(errors);

            var created = new List<(int Id, SplitPart Part)>();
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var spec = new CreateUnitCommand(part.Name, part.ShortName, part.Kind, parentId, part.MemberCount ?? 0, part.Code, EffectiveDate: op.Date);
                var id = await CreateUnitAsync(op, spec, $"parts[{i}].", ct);
                created.Add((id, part));
                op.Successor(source.UnitId, id);
            }

            foreach (var (id, part) in created)
            {
                var newUnit = await OpenVersionAsync(op, id, ct);
                foreach (var cid in part.ChildIds ?? [])
                {
                    var child = children.First(c => c.UnitId == cid);
                    var fresh = await OpenVersionAsync(op, cid, ct);
                    await CheckLevelAsync(newUnit, fresh.KindId, "parts", ct);
                    var moved = await MoveSubtreeAsync(op, fresh, newUnit, ct);
                    op.Line(M("OrgLineMergeChild", child.Name, source.Name, newUnit.Name, moved));
                }
            }

            var taken = parts.Sum(p => p.MemberCount ?? 0);
            if (cmd.KeepSource)
            {
                if (taken > 0)
                {
                    var current = await OpenVersionAsync(op, source.UnitId, ct);
                    var before = current.MemberCount;
                    await NewVersionAsync(op, current, v => v.MemberCount = Math.Max(0, before - taken), ct);
                    op.Line(M("OrgLineMembers", source.Name, before, Math.Max(0, before - taken)));
                }
            }
            else
            {
                await CloseAsync(op, await OpenVersionAsync(op, source.UnitId, ct), ct);
                op.Line(M("OrgLineEnds", source.Name));
            }

            op.Summary = M("OrgSummarySplit", source.Name, string.Join(", ", parts.Select(p => VietnameseText.CleanLine(p.Name))));
            op.UnitId = source.UnitId;
        }, ct);

    public Task<RestructuringResult> DissolveAsync(DissolveUnitCommand cmd, bool preview, CancellationToken ct = default) =>
        RunAsync(RestructuringKind.Dissolve, cmd.EffectiveDate, cmd.Note, preview, async op =>
        {
            await EnsureAsync(Permission.ManageUnits, cmd.UnitId, ct);
            var open = await OpenVersionAsync(op, cmd.UnitId, ct);
            var children = await OpenChildrenAsync(cmd.UnitId, ct);
            if (children.Count > 0)
            {
                throw AppProblemException.Invalid([new FieldError("unitId", M("OrgDissolveHasChildren", open.Name, children.Count))]);
            }

            await CloseAsync(op, open, ct);
            op.Line(M("OrgLineEnds", open.Name));
            op.Summary = M("OrgSummaryDissolve", open.Name);
            op.UnitId = cmd.UnitId;
        }, ct);

    /// <summary>Creates units in bulk inside the caller's operation (imports). Parents must come first.</summary>
    internal Task<RestructuringResult> RunImportAsync(Func<Operation, Task> body, DateOnly? date, CancellationToken ct) =>
        RunImportAsync(body, date, false, ct);

    /// <summary>As above; with <paramref name="preview"/> the same work runs and is rolled back.</summary>
    internal async Task<RestructuringResult> RunImportAsync(Func<Operation, Task> body, DateOnly? date, bool preview, CancellationToken ct) =>
        await RunAsync(RestructuringKind.Import, date, null, preview, body, ct);

    /// <summary>
    /// Creates one unit inside the operation. Its first version starts on
    /// <c>cmd.EffectiveDate</c> when given (an import row's own date), else on the operation's date.
    /// </summary>
    internal async Task<int> CreateUnitAsync(Operation op, CreateUnitCommand cmd, string fieldPrefix, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        string name = string.Empty;
        try
        {
            name = RequiredName(cmd.Name, fieldPrefix + "name");
        }
        catch (AppProblemException e)
        {
            errors.AddRange(e.Errors);
        }

        var shortName = CheckLength(cmd.ShortName, fieldPrefix + "shortName", 150, errors) ?? name;
        var code = CheckLength(cmd.Code, fieldPrefix + "code", 64, errors);
        var phone = CheckLength(cmd.Phone, fieldPrefix + "phone", 50, errors);
        var address = CheckLength(cmd.Address, fieldPrefix + "address", 500, errors);
        var email = CheckEmail(cmd.Email, errors, fieldPrefix + "email");
        if (cmd.MemberCount is < 0)
        {
            errors.Add(new FieldError(fieldPrefix + "memberCount", M("OrgMemberCountNegative")));
        }

        OrgUnitKind? kind = null;
        if (string.IsNullOrWhiteSpace(cmd.Kind))
        {
            errors.Add(new FieldError(fieldPrefix + "kind", Messages.Get("Required", "kind")));
        }
        else
        {
            kind = await db.Set<OrgUnitKind>().FirstOrDefaultAsync(k => k.Code == cmd.Kind.Trim(), ct);
            if (kind is null || !kind.IsActive)
            {
                errors.Add(new FieldError(fieldPrefix + "kind", M("OrgUnknownKind", cmd.Kind)));
            }
        }

        if (code is not null && await db.Set<OrgUnit>().AnyAsync(u => u.Code == code, ct))
        {
            errors.Add(new FieldError(fieldPrefix + "code", M("OrgCodeTaken", code)));
        }

        ThrowIfAny(errors);

        var from = cmd.EffectiveDate ?? op.Date;
        OrgUnitVersion? parent = null;
        if (cmd.ParentId is { } parentId)
        {
            await EnsureAsync(Permission.ManageUnits, parentId, ct);
            parent = await OpenVersionAsync(from, parentId, ct);
            await CheckLevelAsync(parent, kind!.Id, fieldPrefix + "parentId", ct);
        }
        else
        {
            if (kind!.Level != OrgLevel.Federation)
            {
                throw AppProblemException.Invalid([new FieldError(fieldPrefix + "parentId", M("OrgParentRequired"))]);
            }

            if (CheckAccess && await access.RootsAsync(Permission.ManageUnits, ct) is not null)
            {
                throw AppProblemException.Forbidden();
            }
        }

        var unit = new OrgUnit { Code = code, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        var version = new OrgUnitVersion
        {
            UnitId = unit.Id,
            ValidFrom = from,
            Name = name,
            ShortName = shortName,
            SearchText = SearchText(name, shortName),
            KindId = kind.Id,
            ParentId = parent?.UnitId,
            Path = parent is null ? OrgPath.Root(unit.Id) : OrgPath.Child(parent.Path, unit.Id),
            Depth = parent is null ? 0 : parent.Depth + 1,
            MemberCount = cmd.MemberCount ?? 0,
            Phone = phone,
            Email = email,
            Address = address,
            RestructuringId = op.Id,
        };
        db.Add(version);
        await db.SaveChangesAsync(ct);
        op.Touch(unit.Id);
        op.Created.Add(unit.Id);
        op.Line(parent is null ? M("OrgLineCreateRoot", name, kind.Name) : M("OrgLineCreate", name, kind.Name, parent.Name));
        return unit.Id;
    }

    private async Task<RestructuringResult> RunAsync(RestructuringKind kind, DateOnly? date, string? note, bool preview, Func<Operation, Task> body, CancellationToken ct)
    {
        var op = new Operation(Guid.NewGuid(), date ?? VietnamTime.Today(time));
        if (op.Date.Year is < 1900 or > 2200)
        {
            throw AppProblemException.Invalid([new FieldError("effectiveDate", M("OrgDateRange"))]);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var record = new OrgRestructuring
                {
                    Id = op.Id,
                    Kind = kind,
                    EffectiveDate = op.Date,
                    Summary = string.Empty,
                    Changes = string.Empty,
                    Note = VietnameseText.Nfc(note),
                    CreatedAt = time.GetUtcNow().UtcDateTime,
                    CreatedBy = access.UserName,
                };
                db.Add(record);
                await db.SaveChangesAsync(ct);

                await body(op);

                record.Summary = Truncate(op.Summary, 1000);
                record.Changes = string.Join('\n', op.Lines);
                foreach (var (from, to) in op.Successions)
                {
                    db.Add(new OrgSuccession { PredecessorId = from, SuccessorId = to, Kind = kind, EffectiveDate = op.Date, RestructuringId = op.Id });
                }

                audit.Record("org." + kind.ToString().ToLowerInvariant(), "OrgUnit", op.UnitId?.ToString(CultureInfo.InvariantCulture), op.UnitId, record.Summary);
                await db.SaveChangesAsync(ct);

                if (preview)
                {
                    await tx.RollbackAsync(ct);
                }
                else
                {
                    await tx.CommitAsync(ct);
                }
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }

            db.ChangeTracker.Clear();
            return new RestructuringResult(preview ? null : op.Id, preview, op.Date, op.Summary, op.Lines, op.Touched.ToList(), op.UnitId, op.Created);
        });
    }

    private async Task EnsureAsync(Permission permission, int unitId, CancellationToken ct)
    {
        if (CheckAccess)
        {
            await access.EnsureAsync(permission, unitId, ct);
        }
    }

    /// <summary>The unit's open version; it must exist and must not start after the effective date.</summary>
    private Task<OrgUnitVersion> OpenVersionAsync(Operation op, int unitId, CancellationToken ct) => OpenVersionAsync(op.Date, unitId, ct);

    private async Task<OrgUnitVersion> OpenVersionAsync(DateOnly date, int unitId, CancellationToken ct)
    {
        var open = await db.Set<OrgUnitVersion>().Include(v => v.Kind)
            .FirstOrDefaultAsync(v => v.UnitId == unitId && v.ValidTo == OrgUnitVersion.OpenEnd, ct);
        if (open is null)
        {
            throw AppProblemException.NotFound(M("OrgUnitNotActive", unitId));
        }

        if (open.ValidFrom > date)
        {
            throw AppProblemException.Invalid([new FieldError("effectiveDate", M("OrgDateBeforeLastChange", VietnamTime.Format(date), open.Name, VietnamTime.Format(open.ValidFrom)))]);
        }

        return open;
    }

    private Task<List<OrgUnitVersion>> OpenChildrenAsync(int unitId, CancellationToken ct) =>
        db.Set<OrgUnitVersion>().Include(v => v.Kind)
            .Where(v => v.ParentId == unitId && v.ValidTo == OrgUnitVersion.OpenEnd)
            .OrderBy(v => v.SearchText)
            .ToListAsync(ct);

    private async Task<OrgUnitVersion> NewVersionAsync(Operation op, OrgUnitVersion open, Action<OrgUnitVersion> change, CancellationToken ct)
    {
        open.ValidTo = op.Date;
        var next = open.CopyFrom(op.Date);
        next.RestructuringId = op.Id;
        change(next);
        db.Add(next);
        await db.SaveChangesAsync(ct);
        op.Touch(open.UnitId);
        return next;
    }

    private async Task CloseAsync(Operation op, OrgUnitVersion open, CancellationToken ct)
    {
        open.ValidTo = op.Date;
        await db.SaveChangesAsync(ct);
        op.Touch(open.UnitId);
    }

    /// <summary>Puts the unit under the parent from the date; every unit below follows. Returns how many units below moved.</summary>
    private async Task<int> MoveSubtreeAsync(Operation op, OrgUnitVersion unit, OrgUnitVersion parent, CancellationToken ct)
    {
        if (OrgPath.Contains(parent.Path, unit.UnitId))
        {
            throw AppProblemException.Invalid([new FieldError("parentId", M("OrgMoveIntoOwnSubtree", unit.Name, parent.Name))]);
        }

        await CheckLevelAsync(parent, unit.KindId, "parentId", ct);
        var oldPath = unit.Path;
        var newPath = OrgPath.Child(parent.Path, unit.UnitId);
        var depthDelta = parent.Depth + 1 - unit.Depth;
        var descendants = await db.Set<OrgUnitVersion>()
            .UnderPath(oldPath)
            .Where(v => v.ValidTo == OrgUnitVersion.OpenEnd && v.UnitId != unit.UnitId)
            .ToListAsync(ct);
        foreach (var d in descendants)
        {
            if (d.ValidFrom > op.Date)
            {
                throw AppProblemException.Invalid([new FieldError("effectiveDate", M("OrgDateBeforeLastChange", VietnamTime.Format(op.Date), d.Name, VietnamTime.Format(d.ValidFrom)))]);
            }
        }

        var saved = new List<OrgUnitVersion> { unit };
        saved.Add(await NewVersionAsync(op, unit, v =>
        {
            v.ParentId = parent.UnitId;
            v.Path = newPath;
            v.Depth = parent.Depth + 1;
        }, ct));
        foreach (var d in descendants)
        {
            d.ValidTo = op.Date;
            var next = d.CopyFrom(op.Date);
            next.RestructuringId = op.Id;
            next.Path = newPath + d.Path[oldPath.Length..];
            next.Depth = d.Depth + depthDelta;
            db.Add(next);
            op.Touch(d.UnitId);
            saved.Add(d);
            saved.Add(next);
        }

        await db.SaveChangesAsync(ct);

        // Saved, and not read again by the callers: stop tracking them. Every SaveChanges scans
        // what is tracked, so a merge or split moving hundreds of units would otherwise grow quadratic.
        foreach (var version in saved)
        {
            db.Entry(version).State = EntityState.Detached;
        }

        return descendants.Count;
    }

    private async Task CheckLevelAsync(OrgUnitVersion parent, int childKindId, string field, CancellationToken ct)
    {
        var parentKind = parent.Kind ?? await db.Set<OrgUnitKind>().FirstAsync(k => k.Id == parent.KindId, ct);
        var childKind = await db.Set<OrgUnitKind>().FirstAsync(k => k.Id == childKindId, ct);
        if (parentKind.Level >= childKind.Level)
        {
            throw AppProblemException.Invalid([new FieldError(field, M("OrgLevelRule", childKind.Name, parentKind.Name, parent.Name))]);
        }
    }

    internal static string SearchText(string name, string shortName) =>
        Truncate(name == shortName ? VietnameseText.Fold(name) : VietnameseText.Fold(name) + " | " + VietnameseText.Fold(shortName), 500);

    private static string RequiredName(string? value, string field)
    {
        var name = VietnameseText.CleanLine(value);
        if (name.Length == 0)
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("Required", field))]);
        }

        if (name.Length > 300)
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("TooLong", field, 300))]);
        }

        return name;
    }

    private static string? OptionalName(string? value, string field)
    {
        var name = VietnameseText.CleanLine(value);
        if (name.Length > 150)
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("TooLong", field, 150))]);
        }

        return name.Length == 0 ? null : name;
    }

    private static string? CheckLength(string? value, string field, int max, List<FieldError> errors)
    {
        var clean = VietnameseText.CleanLine(value);
        if (clean.Length > max)
        {
            errors.Add(new FieldError(field, Messages.Get("TooLong", field, max)));
        }

        return clean.Length == 0 ? null : clean;
    }

    private static string? CheckEmail(string? value, List<FieldError> errors, string field = "email")
    {
        var clean = VietnameseText.CleanLine(value);
        if (clean.Length == 0)
        {
            return null;
        }

        if (clean.Length > 200 || !MailAddress.TryCreate(clean, out var parsed) || parsed.Address != clean)
        {
            errors.Add(new FieldError(field, M("OrgBadEmail", clean)));
        }

        return clean;
    }

    private static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private static string M(string key, params object?[] args) => Messages.Get(key, args);

    /// <summary>The state of one restructuring while it runs.</summary>
    internal sealed class Operation(Guid id, DateOnly date)
    {
        private readonly HashSet<int> touched = [];

        public Guid Id { get; } = id;

        public DateOnly Date { get; } = date;

        public string Summary { get; set; } = string.Empty;

        public int? UnitId { get; set; }

        public List<string> Lines { get; } = [];

        public List<int> Created { get; } = [];

        public List<(int From, int To)> Successions { get; } = [];

        public IEnumerable<int> Touched => touched;

        public void Line(string line) => Lines.Add(line);

        public void Touch(int unitId) => touched.Add(unitId);

        public void Successor(int from, int to) => Successions.Add((from, to));
    }
}
