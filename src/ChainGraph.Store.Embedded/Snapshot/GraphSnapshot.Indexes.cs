using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The indexes below the rows, built with the snapshot or, for a snapshot made with <c>deferIndexes</c>, on the first
/// <see cref="EnsureIndexed"/>.
/// </summary>
internal sealed partial class GraphSnapshot
{
    /// <summary>
    /// Whether the indexes below the rows (the region and segment trees, groups, sites, supplies, per-segment and
    /// per-region aggregates) are built: always, unless the snapshot was made with <c>deferIndexes</c> and
    /// <see cref="EnsureIndexed"/> has not been called.
    /// </summary>
    public bool IsIndexed => Volatile.Read(ref _indexed);

    private bool _indexed;

    /// <summary>Whether the indexes were read from an index image (see <see cref="WriteIndexImage"/>) rather than built.</summary>
    public bool IndexesFromImage { get; private set; }
    private readonly Lock _indexGate = new();

    /// <summary>
    /// Builds the indexes of a snapshot made with <c>deferIndexes</c>, once (a caller arriving meanwhile waits for
    /// them); returns the snapshot. Questions are answered from indexed snapshots only.
    /// </summary>
    public GraphSnapshot EnsureIndexed()
    {
        if (!IsIndexed)
        {
            lock (_indexGate)
            {
                if (!_indexed)
                {
                    BuildIndexes(null, null);
                }
            }
        }
        return this;
    }

    /// <summary>What an index read on a snapshot whose indexes are deferred and not built throws.</summary>
    private static InvalidOperationException NotIndexed() =>
        new("the snapshot's indexes are not built: call EnsureIndexed before reading them");

    /// <summary>Builds every index below the rows (the rows in key order and their id maps are set).</summary>
    private void BuildIndexes(IReadOnlySet<string>? aggregateRegions, IndexReuse? reuse)
    {
        RegionAncestors = BuildAncestors(Regions, RegionIndex, r => r.ParentCode);
        RegionChildren = BuildChildren(Regions, RegionIndex, r => r.ParentCode);
        SegmentClosure = BuildAncestors(Segments, SegmentIndex, s => s.ParentId);
        var leaf = new bool[Segments.Length];
        Array.Fill(leaf, true);
        foreach (var s in Segments)
        {
            if (s.ParentId is not null && SegmentIndex.TryGetValue(s.ParentId, out var p))
            {
                leaf[p] = false;
            }
        }
        SegmentIsLeaf = leaf;

        // the first snapshot of rows read with an index image reads those indexes instead of building them
        if (Data.IndexImage is { } stored)
        {
            Data.IndexImage = null;
            if (aggregateRegions is null && TryReadIndexImage(stored))
            {
                Data.SupplyEnds = null;
                IndexesFromImage = true;
                Volatile.Write(ref _indexed, true);
                return;
            }
        }

        if (reuse is { CompanyMap: { } companyMap })
        {
            TakeOverRenumbered(reuse, companyMap);
            Volatile.Write(ref _indexed, true);
            return;
        }
        var before = reuse?.Before;
        (GroupRoot, IsAnchor) = reuse switch
        {
            { Groups: true } => (before!.GroupRoot, before.IsAnchor),
            // the anchor chains of the groups the write touched made again, and their roots when parents changed
            not null => PatchGroups(reuse) ?? BuildGroups(),
            _ => BuildGroups(),
        };
        // a write that adds sites numbers them anew: siteMap is each site's number before -> its number now
        int[]? siteMap = null;
        (SiteCompany, SiteRegion, SiteWorksIn, SitePoints, CompanySites) = reuse switch
        {
            { Sites: true } => (before!.SiteCompany, before.SiteRegion, before.SiteWorksIn, before.SitePoints, before.CompanySites),
            not null => PatchSites(reuse, out siteMap),
            _ => BuildSites(),
        };
        // The supply indexes and the per-segment and per-region indexes depend only on what is built above:
        // build them side by side.
        (RowLists<int> Customers, Supply[] Rows, RowLists<int> Supplies, RowLists<GroupSupplier> GroupSuppliers) supplies = (RowLists<int>.Empty(0), [], RowLists<int>.Empty(0), RowLists<GroupSupplier>.Empty(0));
        int[][] segmentSites = [];
        RegionAggregate[] perRegion = [];
        Parallel.Invoke(
            () => supplies = reuse switch
            {
                { Supplies: true } => (before!.Customers, before.SupplyRows, before.CompanySupplies, before.GroupSuppliers),
                // no supply row written but group roots changed: the supplier groups of the groups touched listed again
                { SupplyRows: true } when PatchGroupSuppliers(before!) is { } groupSuppliers => (before!.Customers, before.SupplyRows, before.CompanySupplies, groupSuppliers),
                _ => BuildSupplies(),
            },
            () =>
            {
                // each segment's sites follow from the sites' segments and companies alone
                segmentSites = before is not null && ReferenceEquals(SiteWorksIn, before.SiteWorksIn) && ReferenceEquals(SiteCompany, before.SiteCompany)
                    ? before.SegmentSites
                    : BuildSegmentSites(SiteWorksIn, CompanySites);
                perRegion = (reuse is not null && aggregateRegions is null ? PatchRegionAggregates(reuse, siteMap) : null)
                    ?? BuildRegionAggregates(aggregateRegions);
            });
        Customers = supplies.Customers;
        SupplyRows = supplies.Rows;
        CompanySupplies = supplies.Supplies;
        GroupSuppliers = supplies.GroupSuppliers;
        SegmentSites = segmentSites;
        PerRegion = perRegion;
        Volatile.Write(ref _indexed, true);
    }
}
