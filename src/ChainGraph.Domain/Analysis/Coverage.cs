using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>Coverage of a chain in a region (domain contract, section 3).</summary>
internal static class Coverage
{
    public static async ValueTask<IReadOnlyList<SegmentCoverage>> ComputeAsync(
        IGraphReader store, SegmentIndex segments, string regionCode, string chainId, int weakBelow, CancellationToken cancellationToken)
    {
        var chainSegments = segments.OfChain(chainId);
        var ids = chainSegments.Select(s => s.Id).ToList();
        var presence = await store.GetSegmentPresenceAsync(regionCode, chainId, ids, cancellationToken).ConfigureAwait(false);
        var declared = await DeclaredAsync(store, regionCode, cancellationToken).ConfigureAwait(false);

        // Live pipeline projects count for their own segment and every segment above it: sum by own
        // segment first, then roll each sum up the tree.
        var own = new Dictionary<string, (int Count, decimal Yuan)>(StringComparer.Ordinal);
        var projects = await store.GetProjectsInRegionAsync(regionCode, cancellationToken).ConfigureAwait(false);
        foreach (var project in projects)
        {
            if (project.SegmentId is not null && ChainEngine.IsActive(project.Status))
            {
                var (count, yuan) = own.GetValueOrDefault(project.SegmentId);
                own[project.SegmentId] = (count + 1, yuan + (project.InvestmentYuan ?? 0));
            }
        }
        var pipeline = new Dictionary<string, (int Count, decimal Yuan)>(StringComparer.Ordinal);
        foreach (var (segmentId, sum) in own)
        {
            foreach (var id in segments.SelfAndAncestors(segmentId))
            {
                var (count, yuan) = pipeline.GetValueOrDefault(id);
                pipeline[id] = (count + sum.Count, yuan + sum.Yuan);
            }
        }

        var rows = new List<SegmentCoverage>(chainSegments.Count);
        foreach (var segment in chainSegments)
        {
            var p = presence.GetValueOrDefault(segment.Id);
            var (count, yuan) = pipeline.GetValueOrDefault(segment.Id);
            rows.Add(new SegmentCoverage(segment, StatusOf(p.CompanyCount, weakBelow), p.CompanyCount, p.SiteCount, p.AnchorCount, count, yuan, declared.Contains(segment.Id)));
        }
        return rows;
    }

    /// <summary>The segments the region itself has declared priorities.</summary>
    public static async ValueTask<HashSet<string>> DeclaredAsync(IGraphReader store, string regionCode, CancellationToken cancellationToken)
    {
        var rows = await store.GetRegionPrioritiesAsync([regionCode], cancellationToken).ConfigureAwait(false);
        return (rows.GetValueOrDefault(regionCode) ?? []).Select(p => p.SegmentId).ToHashSet(StringComparer.Ordinal);
    }

    public static CoverageStatus StatusOf(int localCompanyCount, int weakBelow) =>
        localCompanyCount == 0 ? CoverageStatus.Missing
        : localCompanyCount < weakBelow ? CoverageStatus.Weak
        : CoverageStatus.Strong;
}
