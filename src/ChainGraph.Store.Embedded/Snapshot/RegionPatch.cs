using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// One region's aggregate after a write that kept every company's and site's number: a region's aggregate is the sum
/// of each company's contribution there (its sites in the region, the segments they work in, the chains it anchors), so
/// the contributions of <paramref name="companies"/> are taken out as <paramref name="before"/> counted them and put
/// in as <paramref name="after"/> counts them. <paramref name="companies"/> is ascending and holds every company whose
/// contribution may differ. When the write added sites, <paramref name="siteMap"/> gives each site's number now for its
/// number before.
/// </summary>
internal sealed class RegionPatch(GraphSnapshot before, GraphSnapshot after, int region, int[] companies, int[]? siteMap)
{
    private readonly int _chains = after.Chains.Length;

    public RegionAggregate Apply(RegionAggregate old, Project[] projects)
    {
        var removedSites = new HashSet<int>();
        var addedSites = new List<int>();
        var addedCompanies = new List<int>();
        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        var addedAnchors = new List<LocalAnchor>?[_chains];
        var presence = new Dictionary<int, PresenceCounts>(old.Presence);
        foreach (var c in companies)
        {
            var was = SitesIn(before, c);
            var now = SitesIn(after, c);
            foreach (var site in was)
            {
                removedSites.Add(siteMap is null ? site : siteMap[site]);
            }
            removedIds.Add(after.CompanyIds[c]);
            Count(presence, before, c, was, -1);
            Count(presence, after, c, now, +1);
            if (now.Count == 0)
            {
                continue;
            }
            addedSites.AddRange(now);
            addedCompanies.Add(c);
            LocalAnchor? anchor = null;
            for (var ch = 0; ch < _chains; ch++)
            {
                if (after.IsAnchor[ch][c])
                {
                    (addedAnchors[ch] ??= []).Add(anchor ??= AnchorOf(c, now));
                }
            }
        }
        foreach (var segment in presence.Where(p => p.Value.Sites == 0).Select(p => p.Key).ToArray())
        {
            presence.Remove(segment);
        }
        addedSites.Sort();
        var anchors = new LocalAnchor[_chains][];
        for (var ch = 0; ch < _chains; ch++)
        {
            anchors[ch] = MergeAnchors(ch < old.Anchors.Length ? old.Anchors[ch] : [], removedIds, addedAnchors[ch]);
        }
        return new RegionAggregate
        {
            LocalSites = Merge(siteMap is null ? old.LocalSites : Renumbered(old.LocalSites, siteMap), removedSites.Contains, addedSites),
            LocalCompanies = Merge(old.LocalCompanies, c => Array.BinarySearch(companies, c) >= 0, addedCompanies),
            Presence = presence,
            Anchors = anchors,
            Projects = projects,
        };
    }

    /// <summary>Ascending site numbers before a write that added sites, as numbered after it (still ascending: the order of the others is kept).</summary>
    public static int[] Renumbered(int[] sites, int[] siteMap)
    {
        var now = new int[sites.Length];
        for (var i = 0; i < sites.Length; i++)
        {
            now[i] = siteMap[sites[i]];
        }
        return now;
    }

    /// <summary>Company <paramref name="company"/>'s sites in the region (or below it), in id order, as <paramref name="s"/> has them.</summary>
    private List<int> SitesIn(GraphSnapshot s, int company)
    {
        var sites = new List<int>();
        foreach (var site in s.CompanySites[company])
        {
            if (Array.IndexOf(s.RegionAncestors[s.SiteRegion[site]], region) >= 0)
            {
                sites.Add(site);
            }
        }
        return sites;
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes out (-1) one company's counts for the segments its <paramref name="sites"/> work in.</summary>
    private void Count(Dictionary<int, PresenceCounts> presence, GraphSnapshot s, int company, List<int> sites, int sign)
    {
        if (sites.Count == 0)
        {
            return;
        }
        var perSegment = new Dictionary<int, int>();
        foreach (var site in sites)
        {
            foreach (var segment in s.SiteWorksIn[site])
            {
                perSegment[segment] = perSegment.GetValueOrDefault(segment) + 1;
            }
        }
        foreach (var (segment, count) in perSegment)
        {
            var was = presence.TryGetValue(segment, out var counts) ? counts : new PresenceCounts(0, 0, new int[_chains]);
            // the counts of the snapshot before are shared with it: never changed in place
            var anchors = new int[_chains];
            was.AnchorsByChain.AsSpan(0, Math.Min(_chains, was.AnchorsByChain.Length)).CopyTo(anchors);
            for (var ch = 0; ch < _chains; ch++)
            {
                if (s.IsAnchor[ch][company])
                {
                    anchors[ch] += sign;
                }
            }
            presence[segment] = new PresenceCounts(was.Companies + sign, was.Sites + (sign * count), anchors);
        }
    }

    /// <summary>A local anchor's record: its leaf segments among what its sites in the region work in, in segment order.</summary>
    private LocalAnchor AnchorOf(int company, List<int> sites)
    {
        var leaves = new List<int>();
        foreach (var site in sites)
        {
            foreach (var segment in after.SiteWorksIn[site])
            {
                if (after.SegmentIsLeaf[segment])
                {
                    leaves.Add(segment);
                }
            }
        }
        return after.LocalAnchorOf(company, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leaves));
    }

    /// <summary>The ascending <paramref name="old"/> without what <paramref name="removed"/> says, merged with the ascending <paramref name="added"/>.</summary>
    private static int[] Merge(int[] old, Func<int, bool> removed, List<int> added)
    {
        var result = new List<int>(old.Length + added.Count);
        var j = 0;
        foreach (var value in old)
        {
            if (removed(value))
            {
                continue;
            }
            while (j < added.Count && added[j] < value)
            {
                result.Add(added[j++]);
            }
            if (j < added.Count && added[j] == value)
            {
                j++;
            }
            result.Add(value);
        }
        while (j < added.Count)
        {
            result.Add(added[j++]);
        }
        return [.. result];
    }

    /// <summary>One chain's local anchors in company order, without the companies counted again and with their new records.</summary>
    private static LocalAnchor[] MergeAnchors(LocalAnchor[] old, HashSet<string> removed, List<LocalAnchor>? added)
    {
        if (added is null && !old.Any(a => removed.Contains(a.CompanyId)))
        {
            return old;
        }
        var result = new List<LocalAnchor>(old.Length + (added?.Count ?? 0));
        var j = 0;
        foreach (var anchor in old)
        {
            if (removed.Contains(anchor.CompanyId))
            {
                continue;
            }
            // companies are numbered in id order: in id order is in company order
            while (added is not null && j < added.Count && Ids.Comparer.Compare(added[j].CompanyId, anchor.CompanyId) < 0)
            {
                result.Add(added[j++]);
            }
            result.Add(anchor);
        }
        while (added is not null && j < added.Count)
        {
            result.Add(added[j++]);
        }
        return [.. result];
    }
}
