using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>
/// Writes over GraphQL with an editor key that change the answers (an anchor tag, a new group parent, sites,
/// supplies, projects), each made to the oracle's rows too, so that the served answers and the oracle's stay
/// comparable afterwards.
/// </summary>
public sealed class OracleMutations(ServiceHost host, DataSetRows rows, string apiKey)
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;

    public List<string> Done { get; } = [];

    public async Task ApplyAsync(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var oracle = new NaiveOracle(rows);
        var tops = rows.Companies.Values.Where(c => c.ParentId is null && !rows.Companies.Values.Any(x => x.ParentId == c.Id)).OrderBy(c => c.Id, Ord).ToList();
        var plain = tops.Where(c => !oracle.IsAnchor(c.Id) && rows.Sites.Values.Any(s => s.CompanyId == c.Id)).ToList();
        var anchors = rows.Companies.Values.Where(c => c.ParentId is null && (c.Tags & CompanyTags.Anchor) != 0).OrderBy(c => c.Id, Ord).ToList();

        // a company becomes an anchor; another joins an anchor's group
        var tagged = Pick(plain);
        await CompanyAsync(tagged with { Tags = tagged.Tags | CompanyTags.Anchor });
        var joining = Pick(plain.Where(c => c.Id != tagged.Id).ToList());
        await CompanyAsync(joining with { ParentId = Pick(anchors).Id });

        // a new site in the extras' city, and an existing site that now names only a parent segment
        await SiteAsync(new Site("x-mut-site", Pick(plain).Id, "新基地", DataSetExtras.City, 39.91, 116.41, SiteKind.Plant, [DataSetExtras.Leaf]));
        var site = Pick(rows.Sites.Values.Where(s => s.CompanyId.StartsWith('c')).OrderBy(s => s.Id, Ord).ToList());
        await SiteAsync(site with { SegmentIds = [rows.Segments[site.SegmentIds[0]].ParentId!] });

        // a new supply to an anchor, a deleted one
        await SupplyAsync(new Supply(Pick(plain).Id, Pick(anchors).Id, null, "mutation"));
        var deleted = Pick(rows.Supplies.Values.OrderBy(s => s.SupplierId, Ord).ThenBy(s => s.CustomerId, Ord).ToList());
        var removed = await host.PostAsync(
            "mutation($s: ID!, $c: ID!, $g: ID) { deleteSupply(supplierId: $s, customerId: $c, segmentId: $g) }",
            new { s = deleted.SupplierId, c = deleted.CustomerId, g = deleted.SegmentId }, apiKey);
        Assert.False(removed.HasErrors, removed.Body.ToString());
        Assert.True(removed.Data.GetProperty("deleteSupply").GetBoolean());
        rows.Delete(deleted.Key);
        Done.Add($"deleteSupply {deleted.Key}");

        // a new live project in the district, and a project whose status moves
        await ProjectAsync(new Project("x-mut-project", "新项目", tagged.Id, DataSetExtras.District, DataSetExtras.Leaf, 300_000_000m, ProjectStatus.Lead, new DateOnly(2024, 5, 5), "mutation"));
        var moved = Pick(rows.Projects.Values.OrderBy(p => p.Id, Ord).ToList());
        var status = await host.PostAsync(
            "mutation($id: ID!) { setProjectStatus(id: $id, status: STARTED, statusDate: \"2022-02-02\") { id status } }", new { id = moved.Id }, apiKey);
        Assert.False(status.HasErrors, status.Body.ToString());
        rows.Upsert(moved with { Status = ProjectStatus.Started, StatusDate = new DateOnly(2022, 2, 2) });
        Done.Add($"setProjectStatus {moved.Id}");
    }

    private async Task CompanyAsync(Company c)
    {
        var tags = c.Tags.ContractNames();
        var r = await host.PostAsync(
            "mutation($c: CompanyInput!) { upsertCompany(input: $c) { id } }",
            new { c = new { id = c.Id, nameZh = c.NameZh, nameEn = c.NameEn, uscc = c.Uscc, tags, parentId = c.ParentId } }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(c);
        Done.Add($"upsertCompany {c.Id} tags {c.Tags} parent {c.ParentId}");
    }

    private async Task SiteAsync(Site s)
    {
        var r = await host.PostAsync(
            "mutation($s: SiteInput!) { upsertSite(input: $s) { id } }",
            new { s = new { id = s.Id, companyId = s.CompanyId, nameZh = s.NameZh, regionCode = s.RegionCode, lat = s.Lat, lon = s.Lon, kind = "PLANT", segmentIds = s.SegmentIds } }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(s with { Kind = SiteKind.Plant });
        Done.Add($"upsertSite {s.Id} in {s.RegionCode} for {string.Join(';', s.SegmentIds)}");
    }

    private async Task SupplyAsync(Supply s)
    {
        var r = await host.PostAsync(
            "mutation($s: SupplyInput!) { upsertSupply(input: $s) }",
            new { s = new { supplierId = s.SupplierId, customerId = s.CustomerId, segmentId = s.SegmentId, source = s.Source } }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(s);
        Done.Add($"upsertSupply {s.Key}");
    }

    private async Task ProjectAsync(Project p)
    {
        var r = await host.PostAsync(
            "mutation($p: ProjectInput!) { upsertProject(input: $p) { id } }",
            new
            {
                p = new
                {
                    id = p.Id, nameZh = p.NameZh, companyId = p.CompanyId, regionCode = p.RegionCode, segmentId = p.SegmentId,
                    investmentYuan = (double?)p.InvestmentYuan, status = "LEAD", statusDate = p.StatusDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = p.Source,
                },
            },
            apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        rows.Upsert(p with { Status = ProjectStatus.Lead });
        Done.Add($"upsertProject {p.Id}");
    }
}
