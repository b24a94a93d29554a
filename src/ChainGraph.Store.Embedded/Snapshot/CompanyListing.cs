using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>Answers <see cref="IGraphReader.FindCompaniesAsync"/> from a snapshot: the filters as predicates over company numbers, then the order and the page.</summary>
internal static class CompanyListing
{
    public static CompanyPage Find(GraphSnapshot s, CompanyQuery query, int first, PagePosition? after)
    {
        var order = query.Order;
        // An id listing of one region walks that region's local companies (kept in id order); anything else walks
        // every company in the listing's order.
        var regionPool = order.Field == CompanyOrderField.Id && query.RegionCode is not null;
        IReadOnlyList<int> candidates = !regionPool ? s.CompaniesIn(order)
            : s.RegionIndex.TryGetValue(query.RegionCode!, out var r) ? s.PerRegion[r].LocalCompanies : [];
        var matches = Predicate(s, query, regionInPool: regionPool);
        if (query.AnyOf is { Count: > 0 } anyOf)
        {
            var any = anyOf.Select(q => Predicate(s, q, regionInPool: false)).ToArray();
            var all = matches;
            matches = c => all(c) && any.Any(m => m(c));
        }
        // One pass over the companies in the listing's order (sorted once per snapshot): count the matches, skip
        // those up to the cursor's position, keep a page.
        var items = new List<Company>(Math.Min(first, 256));
        var total = 0;
        var hasNext = false;
        var passed = after is null;
        foreach (var c in candidates)
        {
            if (!matches(c))
            {
                continue;
            }
            total++;
            if (!passed)
            {
                if (order.Compare(order.PositionOf(s.Companies[c]), after!) <= 0)
                {
                    continue;
                }
                passed = true;
            }
            if (items.Count < first)
            {
                items.Add(s.Companies[c]);
            }
            else
            {
                hasNext = true;
            }
        }
        return new CompanyPage(items, total, hasNext);
    }

    /// <summary>The query's own filters (not its AnyOf); <paramref name="regionInPool"/>: its region is the pool already.</summary>
    private static Func<int, bool> Predicate(GraphSnapshot s, CompanyQuery q, bool regionInPool)
    {
        var tests = new List<Func<int, bool>>();
        if (q.RegionCode is not null && !regionInPool)
        {
            tests.Add(InRegions(s, [q.RegionCode]).Contains);
        }
        if (q.RegionCodes is { } regions)
        {
            tests.Add(InRegions(s, regions).Contains);
        }
        if (q.SegmentId is not null)
        {
            tests.Add(InSegments(s, [q.SegmentId]).Contains);
        }
        if (q.SegmentIds is { } segments)
        {
            tests.Add(InSegments(s, segments).Contains);
        }
        if (q.Ids is { } ids)
        {
            var wanted = ids.Where(s.CompanyIndex.ContainsKey).Select(id => s.CompanyIndex[id]).ToHashSet();
            tests.Add(wanted.Contains);
        }
        if (q.Tags != CompanyTags.None)
        {
            tests.Add(c => (s.Companies[c].Tags & q.Tags) == q.Tags);
        }
        if (q.AnyTags != CompanyTags.None)
        {
            tests.Add(c => (s.Companies[c].Tags & q.AnyTags) != CompanyTags.None);
        }
        if (q.FoundedFrom is { } from)
        {
            tests.Add(c => s.Companies[c].Founded >= from);
        }
        if (q.FoundedTo is { } to)
        {
            tests.Add(c => s.Companies[c].Founded <= to);
        }
        if (q.RevenueYuanAtLeast is { } revenue)
        {
            tests.Add(c => s.Companies[c].RevenueYuan >= revenue);
        }
        if (!string.IsNullOrEmpty(q.NameContains))
        {
            var text = q.NameContains;
            tests.Add(c => s.Companies[c].NameZh.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (s.Companies[c].NameEn?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        return c => tests.TrueForAll(t => t(c));
    }

    private static HashSet<int> InRegions(GraphSnapshot s, IEnumerable<string> codes) =>
        codes.Where(s.RegionIndex.ContainsKey).SelectMany(code => s.PerRegion[s.RegionIndex[code]].LocalCompanies).ToHashSet();

    private static HashSet<int> InSegments(GraphSnapshot s, IEnumerable<string> ids) =>
        ids.Where(s.SegmentIndex.ContainsKey).SelectMany(id => s.SegmentSites[s.SegmentIndex[id]]).Select(site => s.SiteCompany[site]).ToHashSet();
}
