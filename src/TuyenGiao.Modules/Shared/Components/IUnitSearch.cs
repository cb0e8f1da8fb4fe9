namespace TuyenGiao.Modules.Shared.Components;

/// <summary>
/// The units <see cref="UnitPicker"/> offers, searched as the person signed in to the page. The
/// Organization module implements it (unit names and parents) under Identity's access rules; shared
/// code knows no module, so a permission is passed by its name, as <see cref="BackOffice.BackOfficeMenuItem"/> does.
/// </summary>
public interface IUnitSearch
{
    /// <summary>
    /// Units whose name matches <paramref name="text"/> (tones and đ optional), at most <paramref name="max"/>:
    /// under <paramref name="roots"/> when given, else where the person holds the permission named
    /// <paramref name="permission"/> (e.g. <c>nameof(Permission.EditContent)</c>; null: where they may view units).
    /// </summary>
    Task<IReadOnlyList<UnitChoice>> SearchAsync(string? text, string? permission, IReadOnlyList<int>? roots, int max, CancellationToken ct);
}
