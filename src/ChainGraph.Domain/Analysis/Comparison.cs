using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>Regions compared segment by segment, with location quotients (domain contract, section 9).</summary>
internal static class Comparison
{
    public static async ValueTask<IReadOnlyList<RegionComparisonRow>> ComputeAsync(
        IGraphReader store, SegmentIndex segments, IReadOnlyList<string> regionCodes, string chainId, int weakBelow, CancellationToken cancellationToken)
    {
        var chainSegments = segments.OfChain(chainId);
        var ids = chainSegments.Select(s => s.Id).ToList();
        var national = await store.GetChainCompanyCountsAsync(chainId, cancellationToken).ConfigureAwait(false);

        // Per region: the local companies of each segment, and of the chain as a whole (b).
        var local = new List<(IReadOnlyDictionary<string, IReadOnlyList<string>> BySegment, int ChainTotal)>(regionCodes.Count);
        foreach (var code in regionCodes)
        {
            var bySegment = await store.GetLocalCompaniesAsync(code, ids, cancellationToken).ConfigureAwait(false);
            var chainTotal = bySegment.Values.SelectMany(c => c).Distinct(StringComparer.Ordinal).Count();
            local.Add((bySegment, chainTotal));
        }

        var rows = new List<RegionComparisonRow>(chainSegments.Count);
        foreach (var segment in chainSegments)
        {
            var c = national.BySegment.GetValueOrDefault(segment.Id);
            var cells = new List<RegionComparisonCell>(regionCodes.Count);
            for (var i = 0; i < regionCodes.Count; i++)
            {
                var a = local[i].BySegment.GetValueOrDefault(segment.Id)?.Count ?? 0;
                var b = local[i].ChainTotal;
                double? lq = b == 0 || c == 0 ? null : ((double)a / b) / ((double)c / national.Total);
                cells.Add(new RegionComparisonCell(regionCodes[i], a, Coverage.StatusOf(a, weakBelow), lq));
            }
            rows.Add(new RegionComparisonRow(segment, cells));
        }
        return rows;
    }
}
