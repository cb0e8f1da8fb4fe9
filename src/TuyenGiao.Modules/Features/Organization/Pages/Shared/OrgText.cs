using System.Globalization;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Kinds;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>How the back-office writes dates, numbers, levels and links (dd/MM/yyyy; Vietnamese first).</summary>
public static class OrgText
{
    /// <summary>The query-string name of the as-of date on the unit pages (<c>?ngay=2023-06-01</c>).</summary>
    public const string DateParameter = "ngay";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Date(DateOnly date) => VietnamTime.Format(date);

    public static string Date(DateTime date) => VietnamTime.Format(DateOnly.FromDateTime(date));

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Level(OrgLevel level) => Messages.Get("UiLevel" + level);

    public static string QueryDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseQueryDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1900 and <= 2200 ? d : null;

    /// <summary>The unit page; the date is kept in the link only when it is not today.</summary>
    public static string UnitHref(int id, DateOnly asOf, DateOnly today) =>
        asOf == today ? $"/quan-tri/don-vi/{id}" : $"/quan-tri/don-vi/{id}?{DateParameter}={QueryDate(asOf)}";

    public static string TreeHref(DateOnly asOf, DateOnly today) =>
        asOf == today ? "/quan-tri/don-vi" : $"/quan-tri/don-vi?{DateParameter}={QueryDate(asOf)}";

    public static DateTime ToDateTime(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}

/// <summary>Unit kind names in the reader's language (the English name when there is one).</summary>
public sealed class KindNames(IReadOnlyList<OrgUnitKindItem> kinds)
{
    private readonly Dictionary<string, OrgUnitKindItem> byCode = kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static readonly KindNames Empty = new([]);

    public IReadOnlyList<OrgUnitKindItem> All => kinds;

    public string Of(string code, string fallback) =>
        byCode.TryGetValue(code, out var kind) ? Name(kind) : fallback;

    public static string Name(OrgUnitKindItem kind) => OrgText.IsEnglish && kind.NameEn is { Length: > 0 } en ? en : kind.Name;

    public OrgLevel? LevelOf(string code) => byCode.TryGetValue(code, out var kind) ? kind.Level : null;

    /// <summary>Active kinds a unit below a unit of <paramref name="parentLevel"/> may have.</summary>
    public IReadOnlyList<OrgUnitKindItem> ChildKinds(OrgLevel? parentLevel) =>
        kinds.Where(k => k.IsActive && (parentLevel is null ? k.Level == OrgLevel.Federation : k.Level > parentLevel)).ToList();
}
