using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.UnitTests.Features.Organization.Contracts;

public sealed class OrgPathTests
{
    [Fact]
    public void Root_and_child_paths_list_the_ids_from_the_root()
    {
        var root = OrgPath.Root(1);
        var child = OrgPath.Child(root, 12);
        var grandchild = OrgPath.Child(child, 345);
        Assert.Equal("/1/", root);
        Assert.Equal("/1/12/", child);
        Assert.Equal("/1/12/345/", grandchild);
        Assert.Equal([1, 12, 345], OrgPath.Ids(grandchild));
    }

    [Theory]
    [InlineData("/1/12/345/", 1, true)]
    [InlineData("/1/12/345/", 12, true)]
    [InlineData("/1/12/345/", 345, true)]
    [InlineData("/1/12/345/", 2, false)]
    [InlineData("/1/12/345/", 34, false)] // a prefix of an id is not the id
    [InlineData("/1/12/345/", 45, false)] // nor is a suffix
    [InlineData("/11/123/", 1, false)]
    [InlineData("/11/123/", 12, false)]
    public void Contains_matches_whole_ids_only(string path, int id, bool expected) =>
        Assert.Equal(expected, OrgPath.Contains(path, id));

    [Fact]
    public void A_subtree_is_every_path_starting_with_the_units_path()
    {
        // The list query's "under=" filter: Path.StartsWith(prefix). Ids are closed by '/', so
        // unit 1's subtree does not take in unit 12 standing at the root.
        var unit1 = OrgPath.Root(1);
        Assert.StartsWith(unit1, OrgPath.Child(OrgPath.Child(unit1, 5), 9), StringComparison.Ordinal);
        Assert.False(OrgPath.Root(12).StartsWith(unit1, StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_is_within_itself_and_its_ancestors_only()
    {
        var snapshot = new OrgUnitSnapshot(345, null, "Công đoàn Trường THCS", "CĐ THCS", "GrassrootsUnion", "Công đoàn cơ sở", OrgLevel.GrassrootsUnion, 12, "/1/12/345/", 2, 30, null, null, null, new DateOnly(2020, 1, 1), null);
        Assert.True(snapshot.IsWithin(345));
        Assert.True(snapshot.IsWithin(12));
        Assert.True(snapshot.IsWithin(1));
        Assert.False(snapshot.IsWithin(13));
        Assert.False(snapshot.IsWithin(3));
    }

    [Fact]
    public void Ids_of_an_empty_path_is_empty() => Assert.Empty(OrgPath.Ids("/"));
}
