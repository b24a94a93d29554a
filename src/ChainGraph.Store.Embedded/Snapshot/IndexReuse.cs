using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// What a snapshot after a small write can take over from <see cref="Before"/>: the indexes the write changed nothing
/// of (the groups: each company's group root and anchor chains; the sites' entries and each segment's sites; the supply
/// lists), and, when the write adds no company and no site (<see cref="StableNumbers"/>), the numbering itself: the
/// rows in key order are the ones before with the written rows in their places, the sites' entries are made again for
/// the written sites only, and the per-region aggregates for the regions the written rows touch only
/// (<c>GraphSnapshot.Patch.cs</c>). Every index is numbered by companies, sites, regions and segments in key order, so
/// nothing is taken over when the write adds a company, a region, a segment or a chain.
/// </summary>
internal sealed record IndexReuse(GraphSnapshot Before, ChangeSet Changes, bool Groups, bool Sites, bool Supplies, bool StableNumbers)
{
    /// <summary>What a snapshot of <paramref name="before"/> with <paramref name="changes"/> applied can keep; null for nothing.</summary>
    public static IndexReuse? Of(GraphSnapshot before, ChangeSet changes)
    {
        if (!before.IsIndexed || changes.ReplaceAll || changes.Chains.Count > 0 || changes.Regions.Count > 0 || changes.Segments.Count > 0)
        {
            return null;
        }
        var (parents, anchorTags) = (true, true);
        foreach (var company in changes.Companies)
        {
            if (!before.CompanyIndex.TryGetValue(company.Id, out var number))
            {
                // a new company numbers every company after it anew
                return null;
            }
            var old = before.Companies[number];
            parents &= string.Equals(old.ParentId, company.ParentId, StringComparison.Ordinal);
            anchorTags &= (old.Tags & CompanyTags.Anchor) == (company.Tags & CompanyTags.Anchor);
        }
        // a company is an anchor of a chain through its own or a group company's tag or anchor row
        var groups = parents && anchorTags && changes.Anchors.Count == 0 && changes.DeletedAnchors.Count == 0;
        var sites = changes.Sites.Count == 0;
        // the supply lists hold each company's group root (which only the parents decide), not its anchor chains
        var supplies = parents && changes.Supplies.Count == 0 && changes.DeletedSupplies.Count == 0;
        // a new site numbers every site after it anew
        var stable = changes.Sites.All(s => before.SiteNumber(s.Id) >= 0);
        return groups || sites || supplies || stable ? new IndexReuse(before, changes, groups, sites, supplies, stable) : null;
    }
}
