using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// Which of <see cref="Before"/>'s indexes a snapshot after a small write can keep, because the write changed nothing
/// they are built from: the groups (each company's group root and anchor chains), the sites' entries (and each
/// segment's sites), the supply lists. The per-region aggregates are always built again. Every index is numbered by
/// companies, sites, regions and segments in key order, so none is kept when the write adds any of those.
/// </summary>
internal sealed record IndexReuse(GraphSnapshot Before, bool Groups, bool Sites, bool Supplies)
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
        return groups || sites || supplies ? new IndexReuse(before, groups, sites, supplies) : null;
    }
}
