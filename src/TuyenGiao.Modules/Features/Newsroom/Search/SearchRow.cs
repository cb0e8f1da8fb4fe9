namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>A ranked hit as the search SQL returns it (column names matter: EF maps them by name).</summary>
internal sealed class SearchRow
{
    public long Id { get; set; }

    public int Exact { get; set; }

    public double Score { get; set; }
}
