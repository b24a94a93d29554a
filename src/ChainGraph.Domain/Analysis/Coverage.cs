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
        var presence = await store.GetSegmentPresenceAsync(regionCode, ids, cancellationToken).ConfigureAwait(false);

        // Live pipeline projects count for their own segment and every segment above it.
        var pipeline = new Dictionary<string, (int Count, decimal Yuan)>(StringComparer.Ordinal);
        var projects = await store.GetProjectsInRegionAsync(regionCode, cancellationToken).ConfigureAwait(false);
        foreach (var project in projects)
        {
            if (project.SegmentId is null || !ChainEngine.IsActive(project.Status))
            {
                continue;
            }
            foreach (var id in segments.SelfAndAncestors(project.SegmentId))
            {
                var (count, yuan) = pipeline.GetValueOrDefault(id);
                pipeline[id] = (count + 1, yuan + project.InvestmentYuan);
            }
        }

        var rows = new List<SegmentCoverage>(chainSegments.Count);
        foreach (var segment in chainSegments)
        {
            var p = presence.GetValueOrDefault(segment.Id);
            var (count, yuan) = pipeline.GetValueOrDefault(segment.Id);
            rows.Add(new SegmentCoverage(segment, StatusOf(p.CompanyCount, weakBelow), p.CompanyCount, p.SiteCount, p.AnchorCount, count, yuan));
        }
        return rows;
    }

    public static CoverageStatus StatusOf(int localCompanyCount, int weakBelow) =>
        localCompanyCount == 0 ? CoverageStatus.Missing
        : localCompanyCount < weakBelow ? CoverageStatus.Weak
        : CoverageStatus.Strong;
}
