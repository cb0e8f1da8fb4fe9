using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.UnitTests.Shared.Api;

public sealed class PageQueryTests
{
    [Fact]
    public void Defaults_to_the_first_page_of_50() => Assert.Equal(new PageQuery(1, 50), PageQuery.From(null, null));

    [Theory]
    [InlineData(1, 1000, 0)]
    [InlineData(3, 20, 40)]
    public void Accepts_pages_up_to_1000_rows(int page, int size, int skip)
    {
        var q = PageQuery.From(page, size);
        Assert.Equal(size, q.PageSize);
        Assert.Equal(skip, q.Skip);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(-1, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 1001, "pageSize")]
    public void Refuses_out_of_range_paging_naming_the_field(int page, int size, string field)
    {
        var e = Assert.Throws<AppProblemException>(() => PageQuery.From(page, size));
        Assert.Equal(400, e.Status);
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }
}
