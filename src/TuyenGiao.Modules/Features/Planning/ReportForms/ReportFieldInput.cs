namespace TuyenGiao.Modules.Features.Planning.ReportForms;

/// <summary>A report field as the designer sends it; <see cref="Kind"/> is "Number" or "Text" (default Number). An empty key is made from the label.</summary>
public sealed record ReportFieldInput(string? Key, string? Label, string? Kind, bool? Required, string? Unit, decimal? Target = null);
