using ChainGraph.Domain.Model;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Contract;

/// <summary>Import and write semantics of import-format.md, for every store.</summary>
public abstract partial class ImportContract : StoreContractBase
{
    [Fact]
    public async Task Importing_the_same_folder_twice_leaves_the_same_graph()
    {
        await ImportAsync(Repo.Fixture("mini"));
        var first = await Store.GetStatsAsync();
        await ImportAsync(Repo.Fixture("mini"));
        Assert.Equal(first, await Store.GetStatsAsync());
        Assert.Equal(new GraphStats(2, 11, 21, 14, 15, 15, 16, 9, 9), first);
    }

    [Fact]
    public async Task An_invalid_row_anywhere_writes_nothing()
    {
        await ImportAsync(Repo.Fixture("mini"));
        var before = await Store.GetStatsAsync();
        using var folder = new TempFolder();
        folder.Write("companies.csv", "id,name_zh\nnew-co,新公司\n");
        folder.Write("sites.csv", "id,company_id,region_code,lat,lon,kind,segment_ids\nnew-site,new-co,441200,23.1,112.5,PLANT,es-bms\nbad-site,new-co,441200,91,112.5,PLANT,es-bms\n");
        var result = await DataSetImporter.RunAsync(folder.Path, Store, replace: false, apply: true);
        Assert.False(result.Applied);
        Assert.Equal(["sites.csv:3: lat 91 is outside [-90, 90]"], result.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal(before, await Store.GetStatsAsync());
        Assert.Empty(await Store.GetCompaniesAsync(["new-co"]));
    }

    [Fact]
    public async Task Rows_may_refer_to_keys_already_in_the_store()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        folder.Write("companies.csv", "id,name_zh,parent_id\nnew-co,新公司,catl\n");
        folder.Write("sites.csv", "id,company_id,region_code,lat,lon,kind,segment_ids\nnew-site,new-co,441200-HTZ,23.3,112.9,plant,es-separator\n");
        folder.Write("supplies.csv", "supplier_id,customer_id,segment_id,source\nnew-co,xpeng,,test\n");
        await ImportAsync(folder.Path);
        var site = (await Store.GetSitesAsync(["new-site"]))["new-site"];
        Assert.Equal(SiteKind.Plant, site.Kind);
        Assert.Equal("catl", (await Store.GetCompaniesAsync(["new-co"]))["new-co"].ParentId);
        var presence = await Store.GetSegmentPresenceAsync("441200", "es", ["es-separator"]);
        Assert.Equal(new Domain.Store.SegmentPresence(1, 1, 1), presence["es-separator"]); // an anchor through catl
    }

    [Fact]
    public async Task A_candidates_ties_come_in_the_order_the_anchor_groups_were_asked_for()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        folder.Write("companies.csv", "id,name_zh\ntwo-ties,双供应商\n");
        folder.Write("sites.csv", "id,company_id,region_code,lat,lon,kind,segment_ids\ntwo-ties-a,two-ties,440300,22.5,114.1,PLANT,es-separator\n");
        folder.Write("supplies.csv", "supplier_id,customer_id,segment_id,confidence\ntwo-ties,catl,,REPORTED\ntwo-ties,xpeng,,UNVERIFIED\n");
        await ImportAsync(folder.Path);
        foreach (string[] asked in (string[][])[["catl", "xpeng"], ["xpeng", "catl"]])
        {
            var candidate = (await Store.GetRecruitCandidatesAsync("441200", "es-separator", asked)).Single(c => c.CompanyId == "two-ties");
            Assert.Equal(asked, candidate.Ties.Select(t => t.GroupId).ToArray());
        }
    }

    [Fact]
    public async Task Upsert_replaces_a_row_by_key()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        folder.Write("sites.csv", "id,company_id,region_code,lat,lon,kind,segment_ids\nsenior-a,senior,441200,23.05,112.47,RND,es-separator;es-bms\n");
        await ImportAsync(folder.Path);
        var site = (await Store.GetSitesAsync(["senior-a"]))["senior-a"];
        Assert.Equal(("441200", SiteKind.Rnd), (site.RegionCode, site.Kind));
        Assert.Equal(["es-separator", "es-bms"], site.SegmentIds);
        Assert.Equal(15, (await Store.GetStatsAsync()).Sites);
        // senior is now local, so it is no longer a candidate for 肇庆
        var candidates = await Store.GetRecruitCandidatesAsync("441200", "es-separator", []);
        Assert.Equal(["semcorp"], candidates.Select(c => c.CompanyId).ToArray());
    }

    [Fact]
    public async Task Replace_empties_the_store_first()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        folder.Write("regions.csv", "code,name_zh,level,lat,lon\nCN,中国,COUNTRY,35.86,104.19\n");
        await ImportAsync(folder.Path, replace: true);
        Assert.Equal(new GraphStats(0, 1, 0, 0, 0, 0, 0, 0, 0), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Replace_validates_references_inside_the_folder_only()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        folder.Write("companies.csv", "id,name_zh,parent_id\nnew-co,新公司,catl\n");
        var result = await DataSetImporter.RunAsync(folder.Path, Store, replace: true, apply: true);
        Assert.Equal(["companies.csv:2: parent_id refers to company 'catl', which is neither in the data set nor in the store"], result.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal(15, (await Store.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task A_cycle_through_stored_rows_is_reported()
    {
        await ImportAsync(Repo.Fixture("mini"));
        using var folder = new TempFolder();
        // catl-zq's parent is catl in the store; making catl a child of catl-zq closes a loop.
        folder.Write("companies.csv", "id,name_zh,parent_id\ncatl,宁德时代,catl-zq\n");
        var result = await DataSetImporter.RunAsync(folder.Path, Store, replace: false, apply: true);
        Assert.Equal(["companies.csv:2: parent_id forms a cycle: catl -> catl-zq -> catl"], result.Problems.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    public async Task Deleting_supplies_removes_only_the_given_keys()
    {
        await ImportAsync(Repo.Fixture("mini"));
        var deleted = await Store.DeleteSuppliesAsync([new SupplyKey("catl", "xpeng", null), new SupplyKey("nobody", "xpeng", null)]);
        Assert.Equal(1, deleted);
        Assert.Equal(8, (await Store.GetStatsAsync()).Supplies);
        var customers = await Store.GetCustomersAsync(["catl"]);
        Assert.Equal(["xpeng"], customers["catl"]); // the es-power-cell row remains
    }

    [Fact]
    public async Task Company_search_filters_by_region_segment_tags_and_name_with_paging()
    {
        await ImportAsync(Repo.Fixture("mini"));
        var inZhaoqing = await Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(RegionCode: "441200"), 3, null);
        Assert.Equal(9, inZhaoqing.TotalCount);
        Assert.Equal(["catl-zq", "eve", "fenghua"], inZhaoqing.Items.Select(c => c.Id).ToArray());
        Assert.True(inZhaoqing.HasNextPage);
        var next = await Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(RegionCode: "441200"), 100, new Domain.Store.PagePosition("fenghua"));
        Assert.Equal(["leoch", "xpeng", "zhenyu", "zq-bms", "zq-salt-a", "zq-salt-b"], next.Items.Select(c => c.Id).ToArray());
        Assert.False(next.HasNextPage);

        var materials = await Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(SegmentId: "es-mat", Tags: CompanyTags.Listed), 10, null);
        Assert.Equal(["semcorp"], materials.Items.Select(c => c.Id).ToArray());
        var byName = await Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(NameContains: "星源"), 10, null);
        Assert.Equal(["senior", "senior-hk"], byName.Items.Select(c => c.Id).ToArray());
        var english = await Store.FindCompaniesAsync(new Domain.Store.CompanyQuery(NameContains: "semcorp"), 10, null);
        Assert.Equal(["semcorp"], english.Items.Select(c => c.Id).ToArray());
    }
}
