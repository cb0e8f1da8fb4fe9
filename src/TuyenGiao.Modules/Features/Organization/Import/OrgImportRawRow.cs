namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>One data row as read from the sheet: the Excel row number and the cells by column header.</summary>
internal sealed record OrgImportRawRow(int Row, IReadOnlyDictionary<string, object?> Cells)
{
    public object? this[string header] => Cells.GetValueOrDefault(header);
}
