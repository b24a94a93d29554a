using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

public sealed class SiteKeyListsTests
{
    [Fact]
    public void Key_rows_come_back_as_written_even_with_tabs_newlines_and_backslashes_in_ids()
    {
        var data = new GraphData();
        data.Chains["c"] = new Chain("c", "链", null);
        data.Regions["1"] = new Region("1", "国", null, RegionLevel.Country, null, 30, 110);
        data.Regions["2\t"] = new Region("2\t", "省", null, RegionLevel.Province, "1", 31.5, 112.25);
        data.Segments["s"] = new Segment("s", "c", "环节", null, SegmentCategory.Cells, null);
        data.Segments["s\\1"] = new Segment("s\\1", "c", "子环节", null, SegmentCategory.Cells, "s");
        data.Companies["p"] = new Company("p", "母公司", null, null, CompanyTags.Anchor, null);
        data.Companies["a\nb"] = new Company("a\nb", "子公司", null, null, CompanyTags.HighTech | CompanyTags.Listed, "p");
        data.Sites["x\\t"] = new Site("x\\t", "a\nb", "厂", "2\t", 31.123456789, 112.987654321, SiteKind.Plant, ["s\\1", "s"]);
        data.Sites["y"] = new Site("y", "p", null, "1", -0.5, 0, SiteKind.Hq, ["s"]);

        var lists = SiteKeyLists.Of(new GraphSnapshot(data));

        Assert.Equal(["s", "s\\1"], lists.BySegment.Select(r => r.SegmentId));
        Assert.Equal(["1", "2\t"], lists.ByRegion.Select(r => r.RegionCode));
        var read = new List<(Site Site, CompanyTags Tags, string? Parent)>();
        SiteKeyLists.Read(lists.BySegment.Single(r => r.SegmentId == "s").Sites, v => v, (s, t, p) => read.Add((s, t, p)));
        Assert.Equal(["x\\t", "y"], read.Select(r => r.Site.Id));
        var (site, tags, parent) = read[0];
        Assert.Equal(("a\nb", "2\t", 31.123456789, 112.987654321), (site.CompanyId, site.RegionCode, site.Lat, site.Lon));
        Assert.Equal(["s\\1", "s"], site.SegmentIds);
        Assert.Equal((CompanyTags.HighTech | CompanyTags.Listed, "p"), (tags, parent));
        Assert.Equal((CompanyTags.Anchor, (string?)null), (read[1].Tags, read[1].Parent));
        var inProvince = new List<string>();
        SiteKeyLists.Read(lists.ByRegion.Single(r => r.RegionCode == "2\t").Sites, v => v, (s, _, _) => inProvince.Add(s.Id));
        Assert.Equal(["x\\t"], inProvince);
    }

    [Fact]
    public void A_list_not_in_its_format_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => SiteKeyLists.Read("only\tthree\tfields\n", v => v, (_, _, _) => { }));
        Assert.Contains("8 fields", e.Message, StringComparison.Ordinal);
    }
}
