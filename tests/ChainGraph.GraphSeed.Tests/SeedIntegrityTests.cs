using System.Text.RegularExpressions;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>Rules every row of graph-seed/ keeps: sources and confidence, coordinates inside their region, a connected chain.</summary>
public sealed partial class SeedIntegrityTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    /// <summary>
    /// How far a site may lie from its region's point and still be inside the region: region points are
    /// the centre of the park, district (county-level city) or city, and the municipalities carry their
    /// centre at province level. The radii are a little wider than the largest such unit the seed uses.
    /// </summary>
    private static readonly Dictionary<RegionLevel, double> MaxKmFromPoint = new()
    {
        [RegionLevel.Park] = 30,
        [RegionLevel.District] = 60,
        [RegionLevel.City] = 150,
        [RegionLevel.Province] = 100,
    };

    /// <summary>County-level units whose point lies further from their prefecture's seat than the rule allows (README says why).</summary>
    private static readonly string[] FarCountyLevelUnits = ["632801"];

    [Fact]
    public void Every_supply_row_states_its_confidence_and_a_source_and_VERIFIED_rows_name_a_document()
    {
        var table = CsvTable.Read("supplies.csv");
        Assert.Contains("confidence", table.Header);
        Expect.None(
            table.Rows.Select((r, i) => (r, Line: i + 2))
                .Where(x => x.r["confidence"].Length == 0 || !Enum.TryParse<SupplyConfidence>(x.r["confidence"], ignoreCase: true, out _))
                .Select(x => $"supplies.csv:{x.Line}: {x.r["supplier_id"]} -> {x.r["customer_id"]} confidence '{x.r["confidence"]}'"),
            "supply row(s) without an explicit confidence (VERIFIED, REPORTED or UNVERIFIED)");
        Expect.None(
            seed.Supplies.Where(s => string.IsNullOrWhiteSpace(s.Source)).Select(s => s.Key.ToString()),
            "supply row(s) without a source");
        Expect.None(
            seed.Supplies.Where(s => s.Confidence == SupplyConfidence.Verified && !NamedDocument().IsMatch(s.Source!))
                .Select(s => $"{s.Key}: {s.Source}"),
            "VERIFIED supply row(s) whose source names no document (annual report, prospectus, announcement, filing, tender result)");
        Expect.None(
            seed.Supplies.Where(s => s.Confidence != SupplyConfidence.Unverified && s.Source!.StartsWith("未核实", StringComparison.Ordinal))
                .Select(s => $"{s.Key}: {s.Confidence}"),
            "supply row(s) marked 未核实 in the source but not UNVERIFIED");
    }

    [Fact]
    public void Every_site_and_project_has_a_source()
    {
        Expect.None(seed.Sites.Values.Where(s => string.IsNullOrWhiteSpace(s.Source)).Select(s => s.Id).Order(StringComparer.Ordinal), "site(s) without a source");
        Expect.None(seed.Projects.Where(p => string.IsNullOrWhiteSpace(p.Source)).Select(p => p.Id), "project(s) without a source");
    }

    [Fact]
    public void Every_site_lies_inside_its_region()
    {
        Expect.None(
            seed.Sites.Values.Where(s => s.Lat is < 18 or > 54 || s.Lon is < 73 or > 135).Select(s => $"{s.Id}: {s.Lat}, {s.Lon}"),
            "site(s) outside China (lat 18-54, lon 73-135)");
        var outside = new List<string>();
        foreach (var site in seed.Sites.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var region = seed.Regions[site.RegionCode];
            var km = Geo.DistanceKm(site.Lat, site.Lon, region.Lat, region.Lon);
            var max = MaxKmFromPoint.TryGetValue(region.Level, out var m) ? m : 0;
            if (km > max)
            {
                outside.Add($"{site.Id}: {km:F0} km from the point of {region.Code} {region.NameZh} ({region.Level}, at most {max} km)");
            }
        }
        Expect.None(outside, "site(s) outside their region");
    }

    [Fact]
    public void Every_region_point_lies_in_China_and_inside_its_parent()
    {
        Expect.None(
            seed.Regions.Values.Where(r => r.Lat is < 18 or > 54 || r.Lon is < 73 or > 135).Select(r => $"{r.Code} {r.NameZh}: {r.Lat}, {r.Lon}"),
            "region point(s) outside China (lat 18-54, lon 73-135)");
        var outside = new List<string>();
        foreach (var region in seed.Regions.Values.Where(r => r.Level is RegionLevel.District or RegionLevel.Park && !FarCountyLevelUnits.Contains(r.Code)))
        {
            var parent = seed.Regions[region.ParentCode!];
            var km = Geo.DistanceKm(region.Lat, region.Lon, parent.Lat, parent.Lon);
            if (km > MaxKmFromPoint[RegionLevel.City])
            {
                outside.Add($"{region.Code} {region.NameZh}: {km:F0} km from {parent.Code} {parent.NameZh}");
            }
        }
        Expect.None(outside, "district or park point(s) too far from their city to lie inside it");
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
    public void Sites_name_leaf_segments_except_the_documented_root_only_sites()
    {
        string[] rootOnly = ["baihuida-zhaoqing", "guoxintong-zhaoqing", "maikecheng-zhaoqing", "tongwei-zhaoqing", "zhongao-zhaoqing"];
        var leaves = seed.LeavesOf(SeedFixture.ChainId).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        Expect.None(
            seed.Sites.Values.Where(s => !rootOnly.Contains(s.Id) && s.SegmentIds.Any(g => !leaves.Contains(g)))
                .Select(s => $"{s.Id}: {string.Join(";", s.SegmentIds.Where(g => !leaves.Contains(g)))}").Order(StringComparer.Ordinal),
            "site(s) naming a non-leaf segment (README allows only the documented root-only 肇庆 sites)");
        Expect.None(
            rootOnly.Where(id => !seed.Sites.TryGetValue(id, out var s) || !s.SegmentIds.SequenceEqual(["es"])),
            "documented root-only site(s) missing or no longer naming only 'es' (update the README if their product is now known)");
    }

    [Fact]
    public void Every_project_has_a_real_status_date_and_Zhaoqing_holds_at_least_25_of_them()
    {
        Expect.None(
            seed.Projects.Where(p => p.StatusDate > DateOnly.FromDateTime(DateTime.UtcNow.Date)).Select(p => $"{p.Id} {p.StatusDate}"),
            "project(s) dated in the future");
        var local = seed.Projects.Count(p => seed.IsWithin(p.RegionCode, SeedFixture.Zhaoqing));
        Assert.True(local >= 25, $"only {local} projects in 肇庆, expected at least 25");
    }

    [GeneratedRegex("公告|年度报告|年报|招股|募集说明书|上市公告书|问询|落实函|框架协议|定点|中标|集采")]
    private static partial Regex NamedDocument();
}
