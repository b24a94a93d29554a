using ChainGraph.Domain;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>Rules every row of graph-seed/ keeps: sources, plausible coordinates, a connected chain.</summary>
public sealed class SeedIntegrityTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const double MaxKmFromRegion = 150;

    private static readonly string[] SourcePrefixes = ["fact table ✓", "行业报道", "未核实 unverified:"];

    [Fact]
    public void Every_supply_has_a_source_that_says_how_sure_it_is()
    {
        Expect.None(
            seed.Supplies.Where(s => string.IsNullOrWhiteSpace(s.Source)).Select(s => s.Key.ToString()),
            "supply row(s) without a source");
        Expect.None(
            seed.Supplies.Where(s => !string.IsNullOrWhiteSpace(s.Source) && !SourcePrefixes.Any(p => s.Source!.StartsWith(p, StringComparison.Ordinal)))
                .Select(s => $"{s.Key}: {s.Source}"),
            $"supply source(s) that start with none of: {string.Join(" | ", SourcePrefixes)} (README: mark unconfirmed rows '未核实 unverified:')");
    }

    [Fact]
    public void Every_site_lies_in_China_and_within_150_km_of_its_region()
    {
        Expect.None(
            seed.Sites.Values.Where(s => s.Lat is < 18 or > 54 || s.Lon is < 73 or > 135).Select(s => $"{s.Id}: {s.Lat}, {s.Lon}"),
            "site(s) outside China (lat 18-54, lon 73-135)");
        var far = new List<string>();
        foreach (var site in seed.Sites.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var region = seed.Regions[site.RegionCode];
            var km = Geo.DistanceKm(site.Lat, site.Lon, region.Lat, region.Lon);
            if (km > MaxKmFromRegion)
            {
                far.Add($"{site.Id}: {km:F0} km from {region.Code} {region.NameZh}");
            }
        }
        Expect.None(far, $"site(s) more than {MaxKmFromRegion} km from their region's point");
    }

    [Fact]
    public void Every_region_point_lies_in_China()
    {
        Expect.None(
            seed.Regions.Values.Where(r => r.Lat is < 18 or > 54 || r.Lon is < 73 or > 135).Select(r => $"{r.Code} {r.NameZh}: {r.Lat}, {r.Lon}"),
            "region point(s) outside China (lat 18-54, lon 73-135)");
    }

    [Fact]
    public void Every_leaf_segment_of_the_chain_has_a_FEEDS_edge()
    {
        var linked = seed.Flows.SelectMany(f => new[] { f.FromId, f.ToId }).ToHashSet(StringComparer.Ordinal);
        Expect.None(
            seed.LeavesOf(SeedFixture.ChainId).Where(l => !linked.Contains(l.Id)).Select(l => $"{l.Id} {l.NameZh}"),
            "leaf segment(s) with no FEEDS edge in or out");
        var leaves = seed.LeavesOf(SeedFixture.ChainId).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        Expect.None(
            seed.Flows.Where(f => !leaves.Contains(f.FromId) || !leaves.Contains(f.ToId)).Select(f => $"{f.FromId} -> {f.ToId}"),
            "FEEDS edge(s) not between two leaves (README: flows are declared leaf to leaf only)");
    }

    [Fact]
    public void Every_company_has_a_site()
    {
        var withSite = seed.Sites.Values.Select(s => s.CompanyId).ToHashSet(StringComparer.Ordinal);
        Expect.None(
            seed.Companies.Values.Where(c => !withSite.Contains(c.Id)).Select(c => $"{c.Id} {c.NameZh}").Order(StringComparer.Ordinal),
            "compan(ies) without a site");
    }

    [Fact]
    public void Sites_name_leaf_segments_except_the_four_documented_root_only_sites()
    {
        string[] rootOnly = ["baihuida-zhaoqing", "maikecheng-zhaoqing", "tongwei-zhaoqing", "zhongao-zhaoqing"];
        var leaves = seed.LeavesOf(SeedFixture.ChainId).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        Expect.None(
            seed.Sites.Values.Where(s => !rootOnly.Contains(s.Id) && s.SegmentIds.Any(g => !leaves.Contains(g)))
                .Select(s => $"{s.Id}: {string.Join(";", s.SegmentIds.Where(g => !leaves.Contains(g)))}").Order(StringComparer.Ordinal),
            "site(s) naming a non-leaf segment (README allows only the four root-only 肇庆 sites)");
        Expect.None(
            rootOnly.Where(id => !seed.Sites.TryGetValue(id, out var s) || !s.SegmentIds.SequenceEqual(["es"])),
            "documented root-only site(s) missing or no longer naming only 'es' (update the README if their product is now known)");
    }

    [Fact]
    public void Every_project_is_in_Zhaoqing_and_has_a_source()
    {
        Expect.None(seed.Projects.Where(p => string.IsNullOrWhiteSpace(p.Source)).Select(p => p.Id), "project(s) without a source");
        Expect.None(
            seed.Projects.Where(p => !seed.IsWithin(p.RegionCode, SeedFixture.Zhaoqing)).Select(p => $"{p.Id} in {p.RegionCode}"),
            "project(s) outside 肇庆 (README: projects.csv holds 肇庆's projects)");
    }
}
