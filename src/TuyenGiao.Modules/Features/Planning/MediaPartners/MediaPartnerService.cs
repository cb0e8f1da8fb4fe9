using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Plans;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>
/// Media partners of a unit, their agreements and the pieces commissioned from them. Reading needs
/// <see cref="Permission.ViewUnits"/> over the partner's unit (404 otherwise), changing needs
/// <see cref="Permission.EditContent"/> there. A piece is overdue when its due date has passed and it
/// is neither published nor cancelled.
/// </summary>
internal sealed class MediaPartnerService(AppDbContext db, UnitAccess units, IAuditLog audit, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    public async Task<PagedResult<MediaPartnerItem>> ListAsync(int? under, string? q, PageQuery page, CancellationToken ct = default)
    {
        var ids = await VisiblePartnerIdsAsync(under, ct);
        var folded = VietnameseText.Fold(q);
        var partners = (await db.Set<MediaPartner>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct))
            .Where(p => folded.Length == 0 || VietnameseText.Fold(p.Name).Contains(folded, StringComparison.Ordinal))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id)
            .ToList();
        var items = new List<MediaPartnerItem>();
        foreach (var p in partners.Skip(page.Skip).Take(page.PageSize))
        {
            items.Add(await ToItemAsync(p, ct));
        }

        return new PagedResult<MediaPartnerItem>(items, partners.Count);
    }

    public async Task<MediaPartnerItem> GetAsync(int id, CancellationToken ct = default) =>
        await ToItemAsync(await FindAsync(id, tracked: false, ct), ct);

    public async Task<MediaPartnerItem> CreateAsync(SaveMediaPartnerRequest request, CancellationToken ct = default)
    {
        if (request.UnitId is { } unitId)
        {
            await units.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        var partner = new MediaPartner { Name = string.Empty };
        Apply(partner, request);
        partner.CreatedAt = partner.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(partner);
        await db.SaveChangesAsync(ct);
        Audit("create", partner.Id, partner.UnitId, partner.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ToItemAsync(partner, ct);
    }

    public async Task<MediaPartnerItem> UpdateAsync(int id, SaveMediaPartnerRequest request, CancellationToken ct = default)
    {
        var partner = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        if (request.UnitId is { } unitId && unitId != partner.UnitId)
        {
            await units.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        Apply(partner, request);
        partner.UpdatedAt = time.GetUtcNow().UtcDateTime;
        Audit("update", partner.Id, partner.UnitId, partner.Name);
        await db.SaveChangesAsync(ct);
        return await ToItemAsync(partner, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var partner = await FindAsync(id, tracked: true, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        db.Remove(partner);
        Audit("delete", partner.Id, partner.UnitId, partner.Name);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<MediaAgreementItem>> AgreementsAsync(int partnerId, CancellationToken ct = default)
    {
        await FindAsync(partnerId, tracked: false, ct);
        var today = Today;
        return (await db.Set<MediaAgreement>().AsNoTracking().Where(a => a.PartnerId == partnerId).ToListAsync(ct))
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Select(a => ToItem(a, today)).ToList();
    }

    public async Task<MediaAgreementItem> SaveAgreementAsync(int partnerId, int? agreementId, SaveAgreementRequest r, CancellationToken ct = default)
    {
        var partner = await FindAsync(partnerId, tracked: false, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        var agreement = agreementId is { } aid
            ? await db.Set<MediaAgreement>().FirstOrDefaultAsync(a => a.Id == aid && a.PartnerId == partnerId, ct) ?? throw AppProblemException.NotFound()
            : new MediaAgreement { Title = string.Empty, PartnerId = partnerId };

        var errors = new List<FieldError>();
        var title = Field.Line(errors, "title", r.Title, 300, required: true);
        if (r.StartDate is null)
        {
            errors.Add(new FieldError("startDate", Messages.Get("Required", "startDate")));
        }

        if (r.EndDate is null)
        {
            errors.Add(new FieldError("endDate", Messages.Get("Required", "endDate")));
        }

        Field.Period(errors, "endDate", r.StartDate, r.EndDate);
        var value = Field.Money(errors, "value", r.Value, required: false);
        var terms = Field.Text(errors, "terms", r.Terms, 8000);
        var url = Field.Url(errors, "attachmentUrl", r.AttachmentUrl);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        agreement.Title = title!;
        agreement.StartDate = r.StartDate!.Value;
        agreement.EndDate = r.EndDate!.Value;
        agreement.Value = value ?? 0;
        agreement.Terms = terms;
        agreement.AttachmentUrl = url;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (agreement.Id == 0)
        {
            db.Add(agreement);
        }

        await db.SaveChangesAsync(ct);
        Audit(agreementId is null ? "agreement-create" : "agreement-update", partner.Id, partner.UnitId, agreement.Title, nameof(MediaAgreement), agreement.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ToItem(agreement, Today);
    }

    public async Task DeleteAgreementAsync(int partnerId, int agreementId, CancellationToken ct = default)
    {
        var partner = await FindAsync(partnerId, tracked: false, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        var agreement = await db.Set<MediaAgreement>().FirstOrDefaultAsync(a => a.Id == agreementId && a.PartnerId == partnerId, ct) ?? throw AppProblemException.NotFound();
        db.Remove(agreement);
        Audit("agreement-delete", partner.Id, partner.UnitId, agreement.Title, nameof(MediaAgreement), agreement.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Pieces of the partners the caller sees (or of one partner, one plan), optionally only the overdue ones, earliest due first.</summary>
    public async Task<PagedResult<CommissionedPieceItem>> PiecesAsync(PieceQuery filter, PageQuery page, CancellationToken ct = default)
    {
        List<int> partnerIds;
        if (filter.PartnerId is { } pid)
        {
            await FindAsync(pid, tracked: false, ct);
            partnerIds = [pid];
        }
        else
        {
            partnerIds = await VisiblePartnerIdsAsync(filter.Under, ct);
        }

        var errors = new List<FieldError>();
        var status = filter.Status is null ? null : Field.Enum<PieceStatus>(errors, "status", filter.Status);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var today = Today;
        var query = db.Set<CommissionedPiece>().AsNoTracking().Where(p => partnerIds.Contains(p.PartnerId));
        if (filter.PlanId is { } planId)
        {
            query = query.Where(p => p.PlanId == planId);
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (filter.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(p => p.DueDate < today && (p.Status == PieceStatus.Planned || p.Status == PieceStatus.InProgress))
                : query.Where(p => !(p.DueDate < today && (p.Status == PieceStatus.Planned || p.Status == PieceStatus.InProgress)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.DueDate).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<CommissionedPieceItem>(await ToItemsAsync(rows, today, ct), total);
    }

    public async Task<CommissionedPieceItem> GetPieceAsync(int partnerId, int pieceId, CancellationToken ct = default)
    {
        await FindAsync(partnerId, tracked: false, ct);
        var piece = await db.Set<CommissionedPiece>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pieceId && p.PartnerId == partnerId, ct) ?? throw AppProblemException.NotFound();
        return (await ToItemsAsync([piece], Today, ct))[0];
    }

    public async Task<CommissionedPieceItem> SavePieceAsync(int partnerId, int? pieceId, SavePieceRequest r, CancellationToken ct = default)
    {
        var partner = await FindAsync(partnerId, tracked: false, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        var piece = pieceId is { } id
            ? await db.Set<CommissionedPiece>().FirstOrDefaultAsync(p => p.Id == id && p.PartnerId == partnerId, ct) ?? throw AppProblemException.NotFound()
            : new CommissionedPiece { Title = string.Empty, PartnerId = partnerId };

        var errors = new List<FieldError>();
        var title = Field.Line(errors, "title", r.Title, 300, required: true);
        if (r.DueDate is null)
        {
            errors.Add(new FieldError("dueDate", Messages.Get("Required", "dueDate")));
        }

        var status = Field.Enum(errors, "status", r.Status, (PieceStatus?)PieceStatus.Planned);
        var url = Field.Url(errors, "publishedUrl", r.PublishedUrl);
        var cost = Field.Money(errors, "cost", r.Cost, required: false);
        var notes = Field.Text(errors, "notes", r.Notes, 2000);
        if (r.PlanId is { } planId)
        {
            var planUnit = await db.Set<CommunicationPlan>().AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.UnitId).FirstOrDefaultAsync(ct);
            if (planUnit is null || !await units.CanAsync(Permission.ViewUnits, planUnit.Value, ct))
            {
                errors.Add(new FieldError("planId", Messages.Get("PlanUnknownPlan", planId)));
            }
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        piece.Title = title!;
        piece.PlanId = r.PlanId;
        piece.DueDate = r.DueDate!.Value;
        piece.Status = status!.Value;
        piece.PublishedUrl = url;
        piece.PublishedOn = r.PublishedOn;
        piece.Cost = cost ?? 0;
        piece.Notes = notes;
        piece.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (piece.Id == 0)
        {
            piece.CreatedAt = piece.UpdatedAt;
            db.Add(piece);
        }

        await db.SaveChangesAsync(ct);
        Audit(pieceId is null ? "piece-create" : "piece-update", partner.Id, partner.UnitId, piece.Title, nameof(CommissionedPiece), piece.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await ToItemsAsync([piece], Today, ct))[0];
    }

    public async Task DeletePieceAsync(int partnerId, int pieceId, CancellationToken ct = default)
    {
        var partner = await FindAsync(partnerId, tracked: false, ct);
        await units.EnsureAsync(Permission.EditContent, partner.UnitId, ct);
        var piece = await db.Set<CommissionedPiece>().FirstOrDefaultAsync(p => p.Id == pieceId && p.PartnerId == partnerId, ct) ?? throw AppProblemException.NotFound();
        db.Remove(piece);
        Audit("piece-delete", partner.Id, partner.UnitId, piece.Title, nameof(CommissionedPiece), piece.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Plans a piece may be commissioned under: those of the partner's unit and the units the caller sees, by year.</summary>
    public async Task<IReadOnlyList<(int Id, string Title, int Year)>> PlanChoicesAsync(CancellationToken ct = default)
    {
        var visible = await units.FilterAsync(null, ct);
        var result = new List<(int, string, int)>();
        foreach (var p in await db.Set<CommunicationPlan>().AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Title).Select(p => new { p.Id, p.Title, p.Year, p.UnitId }).ToListAsync(ct))
        {
            if (await visible(p.UnitId))
            {
                result.Add((p.Id, p.Title, p.Year));
            }
        }

        return result;
    }

    internal static bool IsOverdue(CommissionedPiece p, DateOnly today) =>
        p.DueDate < today && p.Status is PieceStatus.Planned or PieceStatus.InProgress;

    private async Task<List<int>> VisiblePartnerIdsAsync(int? under, CancellationToken ct)
    {
        var visible = await units.FilterAsync(under, ct);
        var result = new List<int>();
        foreach (var p in await db.Set<MediaPartner>().AsNoTracking().Select(p => new { p.Id, p.UnitId }).ToListAsync(ct))
        {
            if (await visible(p.UnitId))
            {
                result.Add(p.Id);
            }
        }

        return result;
    }

    private async Task<MediaPartner> FindAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Set<MediaPartner>().Where(p => p.Id == id);
        var partner = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        await units.EnsureVisibleAsync(partner.UnitId, ct);
        return partner;
    }

    private static void Apply(MediaPartner partner, SaveMediaPartnerRequest r)
    {
        var errors = new List<FieldError>();
        if (r.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
        }

        var name = Field.Line(errors, "name", r.Name, 200, required: true);
        var kind = Field.Enum<MediaPartnerKind>(errors, "kind", r.Kind);
        var contact = Field.Line(errors, "contactName", r.ContactName, 200);
        var phone = Field.Line(errors, "phone", r.Phone, 50);
        var email = Field.Line(errors, "email", r.Email, 200);
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            errors.Add(new FieldError("email", Messages.Get("PlanBadEmail")));
        }

        var website = Field.Url(errors, "website", r.Website, 500);
        var notes = Field.Text(errors, "notes", r.Notes, 2000);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        partner.UnitId = r.UnitId!.Value;
        partner.Name = name!;
        partner.Kind = kind!.Value;
        partner.ContactName = contact;
        partner.Phone = phone;
        partner.Email = email;
        partner.Website = website;
        partner.Notes = notes;
    }

    private async Task<MediaPartnerItem> ToItemAsync(MediaPartner p, CancellationToken ct)
    {
        var today = Today;
        var agreements = await db.Set<MediaAgreement>().CountAsync(a => a.PartnerId == p.Id, ct);
        var pieces = await db.Set<CommissionedPiece>().CountAsync(x => x.PartnerId == p.Id, ct);
        var overdue = await db.Set<CommissionedPiece>().CountAsync(x => x.PartnerId == p.Id && x.DueDate < today && (x.Status == PieceStatus.Planned || x.Status == PieceStatus.InProgress), ct);
        return new MediaPartnerItem(p.Id, p.UnitId, await units.NameAsync(p.UnitId, ct), p.Name, p.Kind, p.ContactName, p.Phone, p.Email, p.Website, p.Notes, agreements, pieces, overdue, await units.CanAsync(Permission.EditContent, p.UnitId, ct));
    }

    private static MediaAgreementItem ToItem(MediaAgreement a, DateOnly today) =>
        new(a.Id, a.PartnerId, a.Title, a.StartDate, a.EndDate, a.Value, a.Terms, a.AttachmentUrl, a.StartDate <= today && today <= a.EndDate);

    private async Task<List<CommissionedPieceItem>> ToItemsAsync(List<CommissionedPiece> rows, DateOnly today, CancellationToken ct)
    {
        var partnerIds = rows.Select(r => r.PartnerId).Distinct().ToList();
        var partners = await db.Set<MediaPartner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Name, p.UnitId), ct);
        var planIds = rows.Where(r => r.PlanId is not null).Select(r => r.PlanId!.Value).Distinct().ToList();
        var plans = await db.Set<CommunicationPlan>().AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return rows.Select(r => new CommissionedPieceItem(
            r.Id,
            r.PartnerId,
            partners[r.PartnerId].Name,
            partners[r.PartnerId].UnitId,
            r.PlanId,
            r.PlanId is { } pid ? plans.GetValueOrDefault(pid) : null,
            r.Title,
            r.DueDate,
            r.Status,
            r.PublishedUrl,
            r.PublishedOn,
            r.Cost,
            r.Notes,
            IsOverdue(r, today))).ToList();
    }

    private void Audit(string action, int partnerId, int unitId, string details, string entity = nameof(MediaPartner), int? entityId = null) =>
        audit.Record("planning.media-partner-" + action, entity, (entityId ?? partnerId).ToString(CultureInfo.InvariantCulture), unitId, details);
}
