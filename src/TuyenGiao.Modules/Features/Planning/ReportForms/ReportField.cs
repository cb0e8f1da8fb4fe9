namespace TuyenGiao.Modules.Features.Planning.ReportForms;

/// <summary>
/// One field of a report form the issuer designs ("Số cuộc mít tinh", Number, unit "cuộc"). A
/// campaign's indicators are Number fields with a <see cref="Target"/>.
/// </summary>
/// <param name="Key">Stable key of the value in reports and exports (a–z, 0–9, '-', '_').</param>
/// <param name="Label">What the reporting unit reads.</param>
/// <param name="Kind">Number or Text.</param>
/// <param name="Required">A report without it is refused.</param>
/// <param name="Unit">The unit of a number ("cuộc", "người"), shown after the value.</param>
/// <param name="Target">A campaign indicator's target for the whole campaign.</param>
public sealed record ReportField(string Key, string Label, ReportFieldKind Kind, bool Required, string? Unit, decimal? Target = null);
