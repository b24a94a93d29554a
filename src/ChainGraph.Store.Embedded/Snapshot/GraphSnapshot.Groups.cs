using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The groups after a write that adds no company but changes parents, ANCHOR tags or anchor rows (see
/// <see cref="IndexReuse"/>): only the members of the groups the written companies were in, or are in now, can have a new
/// way up, so only they get their group roots and anchor chains made again; when roots change, the supplier groups of
/// the customer groups those changes touch are listed again from their members' supply rows.
/// </summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>Share of the companies from which a write's changed groups are made again in full instead of patched.</summary>
    private const int PatchGroupsUpToPerCent = 25;

    /// <summary>
    /// The group roots and anchor chains after the write, made again for the members of each touched group: a company's
    /// way up changes only when it passes through a written company (its first such one, the way up being the same up to
    /// there before and after), so its group root before is that written company's root before, or lies on that company's
    /// way up now (itself when the parents loop). The roots are those before when no parent changed. Null when the
    /// touched groups hold more than a quarter of the companies (they are made again in full then).
    /// </summary>
    private (int[] Root, bool[][] Anchor)? PatchGroups(IndexReuse reuse)
    {
        var before = reuse.Before;
        var roots = new HashSet<int>();
        var up = new List<int>();
        void Touch(string companyId)
        {
            if (CompanyIndex.TryGetValue(companyId, out var c))
            {
                WalkUp(Companies, CompanyIndex, static x => x.ParentId, c, up);
                roots.UnionWith(up);
                roots.Add(before.GroupRoot[c]);
            }
        }
        foreach (var company in reuse.Changes.Companies)
        {
            Touch(company.Id);
        }
        foreach (var anchor in reuse.Changes.Anchors)
        {
            Touch(anchor.CompanyId);
        }
        foreach (var key in reuse.Changes.DeletedAnchors)
        {
            Touch(key.CompanyId);
        }
        var members = new List<int>();
        for (var i = 0; i < Companies.Length; i++)
        {
            if (roots.Contains(before.GroupRoot[i]))
            {
                members.Add(i);
            }
        }
        if (!reuse.GroupRoots && members.Count * 100L > (long)Companies.Length * PatchGroupsUpToPerCent)
        {
            return null;
        }
        var root = reuse.GroupRoots ? before.GroupRoot : (int[])before.GroupRoot.Clone();
        var chains = Array.ConvertAll(before.IsAnchor, a => (bool[])a.Clone());
        foreach (var i in members)
        {
            foreach (var chain in chains)
            {
                chain[i] = false;
            }
            WalkUp(Companies, CompanyIndex, static x => x.ParentId, i, up);
            if (!reuse.GroupRoots)
            {
                root[i] = up[^1];
            }
            MarkAnchorChains(i, up, chains);
        }
        return (root, chains);
    }

    /// <summary>
    /// The supplier groups of each customer group after a write that changed group roots but no supply row: listed again
    /// for the groups a moved company was or is in, and for the customer groups of the moved companies' supplies; the
    /// others kept. Null when the moved companies are more than a quarter of all (then every list is made again).
    /// </summary>
    private RowLists<GroupSupplier>? PatchGroupSuppliers(GraphSnapshot before)
    {
        // (built beside the region aggregates, before this snapshot's supply indexes are set: the rows and each company's
        // supply lists are read from the snapshot before, which this write keeps)
        var moved = new List<int>();
        for (var c = 0; c < Companies.Length; c++)
        {
            if (GroupRoot[c] != before.GroupRoot[c])
            {
                moved.Add(c);
            }
        }
        if (moved.Count * 100L > (long)Companies.Length * PatchGroupsUpToPerCent)
        {
            return null;
        }
        var redo = new HashSet<int>();
        foreach (var c in moved)
        {
            redo.Add(before.GroupRoot[c]);
            redo.Add(GroupRoot[c]);
            // the groups it supplies: their lists name its group
            foreach (var customer in before.Customers[c])
            {
                redo.Add(GroupRoot[customer]);
            }
        }
        // each redone group's supplier groups, from its members' supply rows as customer
        var lists = new Dictionary<int, List<GroupSupplier>>();
        foreach (var group in redo)
        {
            lists[group] = [];
        }
        for (var c = 0; c < Companies.Length; c++)
        {
            if (!lists.TryGetValue(GroupRoot[c], out var list))
            {
                continue;
            }
            foreach (var row in before.CompanySupplies[c])
            {
                var supply = before.SupplyRows[row];
                if (string.Equals(supply.CustomerId, CompanyIds[c], StringComparison.Ordinal))
                {
                    list.Add(new GroupSupplier(GroupRoot[CompanyIndex[supply.SupplierId]], ConfidenceWeights.Of(supply.Confidence)));
                }
            }
        }
        var merged = new Dictionary<int, GroupSupplier[]>(lists.Count);
        foreach (var (group, list) in lists)
        {
            var row = list.ToArray();
            merged[group] = row[..MergeByGroup(row)];
        }
        var counts = new int[Companies.Length];
        for (var g = 0; g < counts.Length; g++)
        {
            counts[g] = merged.TryGetValue(g, out var row) ? row.Length : before.GroupSuppliers[g].Length;
        }
        var builder = new RowLists<GroupSupplier>.Builder(counts);
        for (var g = 0; g < counts.Length; g++)
        {
            foreach (var supplier in merged.TryGetValue(g, out var row) ? row : before.GroupSuppliers[g])
            {
                builder.Add(g, supplier);
            }
        }
        return builder.Build();
    }
}
