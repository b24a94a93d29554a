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
        // the lines made ahead (as a commit does while its rows are written), and made from a snapshot without indexes
        // (an import's), are the same
        var prepared = SiteKeyLists.Of(new GraphSnapshot(data.Copy(), deferIndexes: true)).Prepared();
        Assert.Equal(lists.BySegment, prepared.BySegment);
        Assert.Equal(lists.ByRegion, prepared.ByRegion);

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
    public void A_large_store_s_lists_hold_every_site_once_per_list_with_its_own_fields()
    {
        // enough sites for the lines to be made in two halves side by side: the lists must not tell where they were split
        var data = new GraphData();
        data.Chains["c"] = new Chain("c", "链", null);
        data.Regions["1"] = new Region("1", "国", null, RegionLevel.Country, null, 30, 110);
        for (var r = 2; r <= 4; r++)
        {
            data.Regions[$"{r}"] = new Region($"{r}", "省", null, RegionLevel.Province, "1", 30 + r, 110);
        }
        string[] segments = ["s0", "s1", "s2", "s3"];
        foreach (var id in segments)
        {
            data.Segments[id] = new Segment(id, "c", "环节", null, SegmentCategory.Cells, null);
        }
        const int companies = 12_001;
        for (var c = 0; c < companies; c++)
        {
            var id = $"co{c:D6}";
            data.Companies[id] = new Company(id, "企业", null, null, c % 3 == 0 ? CompanyTags.Listed : CompanyTags.None, c % 5 == 0 ? "co000000" : null);
            for (var k = 0; k < 2; k++)
            {
                var site = $"{id}-{k}";
                data.Sites[site] = new Site(site, id, null, $"{2 + ((c + k) % 3)}", 30 + (c % 1000) / 1000.0, 110 + k, SiteKind.Plant, [segments[c % 4], segments[(c + k + 1) % 4]]);
            }
        }

        var lists = SiteKeyLists.Of(new GraphSnapshot(data));

        var seen = 0;
        foreach (var (key, text, inList) in lists.BySegment.Select(l => (l.SegmentId, l.Sites, (Func<Site, string, bool>)((s, k) => s.SegmentIds.Contains(k))))
            .Concat(lists.ByRegion.Select(l => (l.RegionCode, l.Sites, (Func<Site, string, bool>)((s, k) => s.RegionCode == k)))))
        {
            var read = new List<string>();
            SiteKeyLists.Read(text, v => v, (site, tags, parent) =>
            {
                var stored = data.Sites[site.Id];
                var company = data.Companies[stored.CompanyId];
                Assert.Equal((stored.CompanyId, stored.RegionCode, stored.Lat, stored.Lon), (site.CompanyId, site.RegionCode, site.Lat, site.Lon));
                Assert.Equal(stored.SegmentIds, site.SegmentIds);
                Assert.Equal((company.Tags, company.ParentId), (tags, parent));
                read.Add(site.Id);
            });
            var expected = data.Sites.Values.Where(s => inList(s, key)).Select(s => s.Id).Order(ChainGraph.Domain.Ids.Comparer);
            Assert.Equal(expected, read);
            seen += read.Count;
        }
        // each site is in its region's list and in one list per distinct segment
        Assert.Equal(data.Sites.Values.Sum(s => 1 + s.SegmentIds.Distinct().Count()), seen);
    }

    [Fact]
    public void A_list_not_in_its_format_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => SiteKeyLists.Read("only\tthree\tfields\n", v => v, (_, _, _) => { }));
        Assert.Contains("8 fields", e.Message, StringComparison.Ordinal);
    }
}
