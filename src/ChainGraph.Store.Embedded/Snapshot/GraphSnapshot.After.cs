using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>The next snapshot after a write: indexed anew, or, when the write alters no index, the indexes shared.</summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>
    /// The snapshot of <paramref name="before"/> with <paramref name="changes"/> applied. A change set that only rewrites
    /// existing companies and keeps each one's tags and parent (a name, a website, a revenue: what editing a company does)
    /// alters no index: the new snapshot shares every index of <paramref name="before"/> and holds the new company rows.
    /// Any other change set is indexed anew, keeping those indexes it changed nothing of (<see cref="IndexReuse"/>), or,
    /// with <paramref name="deferIndexes"/>, when first asked (as is one whose
    /// <paramref name="before"/> has no indexes to share). <paramref name="alongside"/> is as for the constructor (on a
    /// shared-index snapshot it runs on this thread).
    /// </summary>
    public static GraphSnapshot After(GraphSnapshot before, ChangeSet changes, Action<GraphSnapshot>? alongside = null, bool deferIndexes = false)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(changes);
        if (!before.IsIndexed || !AltersNoIndex(before, changes))
        {
            if (!deferIndexes && IndexReuse.OfCompaniesFirst(before, changes) is { } companiesFirst)
            {
                // new companies with rows that refer to them: the companies numbered in first, then the rest patched
                var numbered = new GraphSnapshot(before.Data.With(companiesFirst.Changes), null, null, deferIndexes: false, companiesFirst);
                return After(numbered, changes with { Companies = [] }, alongside, deferIndexes);
            }
            // the indexes the write changed nothing of are kept (only when they are built now: a deferred build would
            // hold on to the snapshot before)
            var reuse = deferIndexes ? null : IndexReuse.Of(before, changes);
            return new GraphSnapshot(before.Data.With(changes), null, alongside, deferIndexes, reuse);
        }
        var companies = (Company[])before.Companies.Clone();
        foreach (var company in changes.Companies)
        {
            companies[before.CompanyIndex[company.Id]] = company;
        }
        var next = new GraphSnapshot(before, before.Data.With(changes), companies);
        alongside?.Invoke(next);
        return next;
    }

    /// <summary>Whether the change set only rewrites existing companies, each with its tags and parent as they were.</summary>
    private static bool AltersNoIndex(GraphSnapshot before, ChangeSet changes)
    {
        if (changes.ReplaceAll || changes.Companies.Count == 0 || changes.RowCount != changes.Companies.Count)
        {
            return false;
        }
        foreach (var company in changes.Companies)
        {
            if (!before.CompanyIndex.TryGetValue(company.Id, out var number))
            {
                return false;
            }
            var old = before.Companies[number];
            if (old.Tags != company.Tags || !string.Equals(old.ParentId, company.ParentId, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A snapshot of <paramref name="data"/> sharing every index of <paramref name="before"/>, with these company rows.</summary>
    private GraphSnapshot(GraphSnapshot before, GraphData data, Company[] companies)
    {
        Data = data;
        Companies = companies;
        Regions = before.Regions;
        RegionIndex = before.RegionIndex;
        Segments = before.Segments;
        SegmentIndex = before.SegmentIndex;
        CompanyIndex = before.CompanyIndex;
        CompanyIds = before.CompanyIds;
        CompanyTagsOf = before.CompanyTagsOf;
        Sites = before.Sites;
        SiteIds = before.SiteIds;
        Projects = before.Projects;
        Chains = before.Chains;
        ChainIndex = before.ChainIndex;
        SegmentChain = before.SegmentChain;
        PrioritiesOfRegion = before.PrioritiesOfRegion;
        AnchorsOfCompany = before.AnchorsOfCompany;
        ProjectsOfCompany = before.ProjectsOfCompany;
        FlowList = before.FlowList;
        RegionAncestors = before.RegionAncestors;
        RegionChildren = before.RegionChildren;
        SegmentClosure = before.SegmentClosure;
        SegmentIsLeaf = before.SegmentIsLeaf;
        GroupRoot = before.GroupRoot;
        IsAnchor = before.IsAnchor;
        SiteCompany = before.SiteCompany;
        SiteRegion = before.SiteRegion;
        SiteWorksIn = before.SiteWorksIn;
        SitePoints = before.SitePoints;
        CompanySites = before.CompanySites;
        Customers = before.Customers;
        SupplyRows = before.SupplyRows;
        CompanySupplies = before.CompanySupplies;
        GroupSuppliers = before.GroupSuppliers;
        SegmentSites = before.SegmentSites;
        PerRegion = before.PerRegion;
        _indexed = true;
    }
}
