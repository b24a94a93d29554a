using ChainGraph.Domain.Model;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

public sealed partial class OracleMutations
{
    /// <summary>
    /// Anchor rows and region priorities: a group parent becomes an anchor of a chain (its group too), an anchor of
    /// the district loses its row (and a row that is not there is deleted: false), the city declares the extras'
    /// leaf's neighbour and a declared priority is withdrawn.
    /// </summary>
    private async Task AnchorsAndPrioritiesAsync(string groupParent, string chain, RegionPriorityKey withdrawn)
    {
        await UpsertAnchorAsync(new Anchor(groupParent, chain, "mutation"));
        await UpsertAnchorAsync(new Anchor("x-twin", "chain0", null));
        await DeleteAsync("deleteAnchor", "mutation($c: ID!, $x: ID!) { deleteAnchor(companyId: $c, chainId: $x) }",
            new { c = "x-anc2", x = "chain0" }, rows.Delete(new AnchorKey("x-anc2", "chain0")));
        await DeleteAsync("deleteAnchor", "mutation($c: ID!, $x: ID!) { deleteAnchor(companyId: $c, chainId: $x) }",
            new { c = "x-far", x = "chain0" }, rows.Delete(new AnchorKey("x-far", "chain0")));
        Done.Add("deleteAnchor x-anc2 @ chain0, x-far @ chain0 (none)");

        await UpsertPriorityAsync(new RegionPriority(DataSetExtras.City, "chain0-cells-1", "mutation"));
        await UpsertPriorityAsync(new RegionPriority(DataSetExtras.District, "chain0-cells-2", null));
        await DeleteAsync("deleteRegionPriority", "mutation($r: ID!, $s: ID!) { deleteRegionPriority(regionCode: $r, segmentId: $s) }",
            new { r = withdrawn.RegionCode, s = withdrawn.SegmentId }, rows.Delete(withdrawn));
        Done.Add($"deleteRegionPriority {withdrawn}");
    }

    private async Task UpsertAnchorAsync(Anchor a)
    {
        var r = await host.PostAsync(
            "mutation($c: ID!, $x: ID!, $s: String) { upsertAnchor(companyId: $c, chainId: $x, source: $s) }", new { c = a.CompanyId, x = a.ChainId, s = a.Source }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        Assert.True(r.Data.GetProperty("upsertAnchor").GetBoolean());
        rows.Upsert(a);
        Done.Add($"upsertAnchor {a.Key}");
    }

    private async Task UpsertPriorityAsync(RegionPriority p)
    {
        var r = await host.PostAsync(
            "mutation($r: ID!, $g: ID!, $s: String) { upsertRegionPriority(regionCode: $r, segmentId: $g, source: $s) }", new { r = p.RegionCode, g = p.SegmentId, s = p.Source }, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        Assert.True(r.Data.GetProperty("upsertRegionPriority").GetBoolean());
        rows.Upsert(p);
        Done.Add($"upsertRegionPriority {p.Key}");
    }

    /// <summary>Runs a delete mutation; it must say whether there was a row, as the oracle's rows do (<paramref name="existed"/>).</summary>
    private async Task DeleteAsync(string field, string mutation, object variables, bool existed)
    {
        var r = await host.PostAsync(mutation, variables, apiKey);
        Assert.False(r.HasErrors, r.Body.ToString());
        Assert.Equal(existed, r.Data.GetProperty(field).GetBoolean());
    }
}
