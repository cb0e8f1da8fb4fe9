using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;

namespace TuyenGiao.UnitTests.Features.Organization;

public sealed class OrgPathQueriesTests
{
    [Fact]
    public void Range_end_is_the_prefix_with_its_last_slash_raised_by_one()
    {
        Assert.Equal("/1/120", OrgPathQueries.RangeEnd("/1/12/"));
    }

    [Fact]
    public void The_path_range_holds_exactly_the_paths_that_start_with_the_prefix()
    {
        var random = new Random(7);
        var paths = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var path = OrgPath.Root(random.Next(1, 40));
            for (var depth = random.Next(0, 4); depth > 0; depth--)
            {
                path = OrgPath.Child(path, random.Next(1, 130_000));
            }

            paths.Add(path);
        }

        foreach (var prefix in paths.Take(300))
        {
            var end = OrgPathQueries.RangeEnd(prefix);
            foreach (var path in paths)
            {
                var inRange = string.CompareOrdinal(path, prefix) >= 0 && string.CompareOrdinal(path, end) < 0;
                Assert.Equal(path.StartsWith(prefix, StringComparison.Ordinal), inRange);
            }
        }
    }
}
