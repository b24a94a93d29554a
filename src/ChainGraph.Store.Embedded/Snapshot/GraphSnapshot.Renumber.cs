using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The snapshot after a write that adds companies and nothing that refers to them (see <see cref="IndexReuse.CompanyMap"/>):
/// the companies are numbered in id order, so each new one numbers every company after it anew, and every index holding
/// company numbers would be built again (seconds at a million companies, for a planner adding one company). Nothing else
/// changes: a new company has no site, supply or customer, and no existing company's group, sites or regions change. The
/// indexes before are taken over with the numbers mapped (the order of every list is kept: the map is ascending), empty
/// entries for the new companies, and their own group roots and anchor chains found from their parents.
/// </summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>The companies before (the written ones replaced) at their new numbers, and the new ones between them.</summary>
    private static Company[] WithNewCompanies(IndexReuse reuse, int[] map)
    {
        var before = reuse.Before;
        var kept = Patched(before.Companies, reuse.Changes.Companies.Where(c => before.CompanyIndex.ContainsKey(c.Id)).ToList(), c => before.CompanyIndex[c.Id]);
        var companies = new Company[kept.Length + reuse.AddedCompanies.Length];
        var taken = new bool[companies.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            companies[map[i]] = kept[i];
            taken[map[i]] = true;
        }
        var next = 0;
        foreach (var company in reuse.AddedCompanies)
        {
            while (taken[next])
            {
                next++;
            }
            companies[next++] = company;
        }
        return companies;
    }

    /// <summary>Every index of the snapshot before, its company numbers mapped by <paramref name="map"/>, with the new companies' entries.</summary>
    private void TakeOverRenumbered(IndexReuse reuse, int[] map)
    {
        var before = reuse.Before;
        var n = Companies.Length;
        // groups: the new companies are nobody's parent, so they join groups (or make their own) without changing any
        var root = new int[n];
        var anchor = new bool[Chains.Length][];
        for (var ch = 0; ch < anchor.Length; ch++)
        {
            anchor[ch] = new bool[n];
            var old = before.IsAnchor[ch];
            for (var c = 0; c < old.Length; c++)
            {
                anchor[ch][map[c]] = old[c];
            }
        }
        for (var c = 0; c < map.Length; c++)
        {
            root[map[c]] = map[before.GroupRoot[c]];
        }
        var up = new List<int>();
        foreach (var company in reuse.AddedCompanies)
        {
            var c = CompanyIndex[company.Id];
            WalkUp(Companies, CompanyIndex, static x => x.ParentId, c, up);
            root[c] = up[^1];
            MarkAnchorChains(c, up, anchor);
        }
        (GroupRoot, IsAnchor) = (root, anchor);

        // sites: the same, their companies' numbers mapped
        SiteCompany = Array.ConvertAll(before.SiteCompany, c => map[c]);
        (SiteRegion, SiteWorksIn, SitePoints) = (before.SiteRegion, before.SiteWorksIn, before.SitePoints);
        CompanySites = before.CompanySites.Renumbered(map, n);
        // listed by company then site: the ascending map keeps that order
        SegmentSites = before.SegmentSites;

        // supplies: the same rows, customers and supplier groups as numbers mapped
        SupplyRows = before.SupplyRows;
        Customers = before.Customers.Renumbered(map, n, c => map[c]);
        CompanySupplies = before.CompanySupplies.Renumbered(map, n);
        GroupSuppliers = before.GroupSuppliers.Renumbered(map, n, g => g with { Group = map[g.Group] });

        // regions: a new company has no site, so it counts in no region; projects are placed again when written
        var projects = reuse.Changes.Projects.Count > 0 ? ProjectsByRegion(null) : null;
        var perRegion = new RegionAggregate[before.PerRegion.Length];
        for (var r = 0; r < perRegion.Length; r++)
        {
            var old = before.PerRegion[r];
            perRegion[r] = new RegionAggregate
            {
                LocalSites = old.LocalSites,
                LocalCompanies = Array.ConvertAll(old.LocalCompanies, c => map[c]),
                Presence = old.Presence,
                Anchors = old.Anchors,
                Projects = projects?[r] ?? old.Projects,
            };
        }
        PerRegion = perRegion;
    }
}
