using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>
/// Writes over GraphQL with an editor key that change the answers (an anchor tag, a new group parent, sites,
/// supplies of every confidence, projects with and without an amount, anchor rows and region priorities added
/// and deleted), each made to the oracle's rows too, so that the served answers and the oracle's stay
/// comparable afterwards.
/// </summary>
public sealed partial class OracleMutations(ServiceHost host, DataSetRows rows, string apiKey)
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;

    public List<string> Done { get; } = [];

    public async Task ApplyAsync(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var oracle = new NaiveOracle(rows);
        var tops = rows.Companies.Values.Where(c => c.ParentId is null && !rows.Companies.Values.Any(x => x.ParentId == c.Id)).OrderBy(c => c.Id, Ord).ToList();
        var plain = tops.Where(c => !oracle.IsAnchorOfAnyChain(c.Id) && rows.Sites.Values.Any(s => s.CompanyId == c.Id)).ToList();
        var anchors = rows.Companies.Values.Where(c => c.ParentId is null && (c.Tags & CompanyTags.Anchor) != 0).OrderBy(c => c.Id, Ord).ToList();
        var parents = rows.Companies.Values.Where(c => c.ParentId is null && rows.Companies.Values.Any(x => x.ParentId == c.Id) && !oracle.IsAnchorOfAnyChain(c.Id))
            .OrderBy(c => c.Id, Ord).ToList();

        // a company becomes an anchor of every chain; another joins an anchor's group
        var tagged = Pick(plain);
        await CompanyAsync(tagged with { Tags = tagged.Tags | CompanyTags.Anchor });
        var joining = Pick(plain.Where(c => c.Id != tagged.Id).ToList());
        await CompanyAsync(joining with { ParentId = Pick(anchors).Id });

        // a new site in the extras' city, and an existing site that now names only a parent segment
        await SiteAsync(new Site("x-mut-site", Pick(plain).Id, "新基地", DataSetExtras.City, 39.91, 116.41, SiteKind.Plant, [DataSetExtras.Leaf], "8GWh", new DateOnly(2022, 6, 1)));
        var site = Pick(rows.Sites.Values.Where(s => s.CompanyId.StartsWith('c')).OrderBy(s => s.Id, Ord).ToList());
        await SiteAsync(site with { SegmentIds = [rows.Segments[site.SegmentIds[0]].ParentId!] });

        // new supplies to anchors, verified and unverified, one with the default confidence; a deleted one
        await SupplyAsync(new Supply(Pick(plain).Id, Pick(anchors).Id, null, "mutation", SupplyConfidence.Verified), sendConfidence: true);
        await SupplyAsync(new Supply("x-twin", "x-anc2", DataSetExtras.Leaf, "mutation", SupplyConfidence.Unverified), sendConfidence: true);
        await SupplyAsync(new Supply(Pick(plain).Id, Pick(anchors).Id, DataSetExtras.Leaf, "mutation"), sendConfidence: false);
        var deleted = Pick(rows.Supplies.Values.OrderBy(s => s.SupplierId, Ord).ThenBy(s => s.CustomerId, Ord).ToList());
        await DeleteAsync("deleteSupply", "mutation($s: ID!, $c: ID!, $g: ID) { deleteSupply(supplierId: $s, customerId: $c, segmentId: $g) }",
            new { s = deleted.SupplierId, c = deleted.CustomerId, g = deleted.SegmentId }, rows.Delete(deleted.Key));
        Done.Add($"deleteSupply {deleted.Key}");

        // new live projects in the district, one without an amount; a project whose status moves
        await ProjectAsync(new Project("x-mut-project", "新项目", tagged.Id, DataSetExtras.District, DataSetExtras.Leaf, 300_000_000m, ProjectStatus.Lead, new DateOnly(2024, 5, 5), "mutation"));
        await ProjectAsync(new Project("x-mut-undisclosed", "未披露金额项目", null, DataSetExtras.District, "chain0-cells-2", null, ProjectStatus.Signed, new DateOnly(2024, 6, 6), "mutation"));
        var moved = Pick(rows.Projects.Values.OrderBy(p => p.Id, Ord).ToList());
        var status = await host.PostAsync(
            "mutation($id: ID!) { setProjectStatus(id: $id, status: STARTED, statusDate: \"2022-02-02\") { id status } }", new { id = moved.Id }, apiKey);
        Assert.False(status.HasErrors, status.Body.ToString());
        rows.Upsert(moved with { Status = ProjectStatus.Started, StatusDate = new DateOnly(2022, 2, 2) });
        Done.Add($"setProjectStatus {moved.Id}");

        await AnchorsAndPrioritiesAsync(Pick(parents).Id, Pick(rows.Chains.Keys.Order(Ord).ToList()), Pick(rows.RegionPriorities.Keys.OrderBy(k => k.ToString(), Ord).ToList()));
    }

    private async Task CompanyAsync(Company c)
    {
        var tags = c.Tags.ContractNames();
        var r = await host.PostAsync(
            "mutation($c: CompanyInput!) { upsertCompany(input: $c) { id } }",
            new
            {
                c = new
                {
                    id = c.Id, nameZh = c.NameZh, nameEn = c.NameEn, uscc = c.Uscc, tags, parentId = c.ParentId,
                    stockCode = c.StockCode, founded = c.Founded, employees = c.Employees, revenueYuan = (double?)c.RevenueYuan, website = c.Website, source = c.Source,
                },
            },
            apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(c);
        Done.Add($"upsertCompany {c.Id} tags {c.Tags} parent {c.ParentId}");
    }

    private async Task SiteAsync(Site s)
    {
        var r = await host.PostAsync(
            "mutation($s: SiteInput!) { upsertSite(input: $s) { id } }",
            new
            {
                s = new
                {
                    id = s.Id, companyId = s.CompanyId, nameZh = s.NameZh, regionCode = s.RegionCode, lat = s.Lat, lon = s.Lon, kind = ContractNames.Of(s.Kind), segmentIds = s.SegmentIds,
                    capacity = s.Capacity, since = s.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = s.Source,
                },
            },
            apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(s);
        Done.Add($"upsertSite {s.Id} in {s.RegionCode} for {string.Join(';', s.SegmentIds)}");
    }

    /// <summary>Upserts a supply; without <paramref name="sendConfidence"/> the input leaves the confidence out (it must become REPORTED).</summary>
    private async Task SupplyAsync(Supply s, bool sendConfidence)
    {
        object input = sendConfidence
            ? new { supplierId = s.SupplierId, customerId = s.CustomerId, segmentId = s.SegmentId, source = s.Source, confidence = ContractNames.Of(s.Confidence) }
            : new { supplierId = s.SupplierId, customerId = s.CustomerId, segmentId = s.SegmentId, source = s.Source };
        var r = await host.PostAsync("mutation($s: SupplyInput!) { upsertSupply(input: $s) }", new { s = input }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(sendConfidence ? s : s with { Confidence = SupplyConfidence.Reported });
        Done.Add($"upsertSupply {s.Key} {(sendConfidence ? ContractNames.Of(s.Confidence) : "(default confidence)")}");
    }

    /// <summary>Upserts a project; an undisclosed amount is left out of the input.</summary>
    private async Task ProjectAsync(Project p)
    {
        var input = new Dictionary<string, object?>
        {
            ["id"] = p.Id, ["nameZh"] = p.NameZh, ["companyId"] = p.CompanyId, ["regionCode"] = p.RegionCode, ["segmentId"] = p.SegmentId,
            ["status"] = ContractNames.Of(p.Status), ["statusDate"] = p.StatusDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["source"] = p.Source,
        };
        if (p.InvestmentYuan is { } yuan)
        {
            input["investmentYuan"] = (double)yuan;
        }
        var r = await host.PostAsync("mutation($p: ProjectInput!) { upsertProject(input: $p) { id } }", new { p = input }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(p);
        Done.Add($"upsertProject {p.Id} {ContractNames.Of(p.Status)} {(p.InvestmentYuan is null ? "without an amount" : "")}");
    }
}
