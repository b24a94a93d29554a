using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>Gaps of a chain in a region (domain contract, section 4).</summary>
internal static class Gaps
{
    public static async ValueTask<IReadOnlyList<ChainGap>> ComputeAsync(
        IGraphReader store, SegmentIndex segments, string regionCode, string chainId, int weakBelow, CancellationToken cancellationToken)
    {
        var leaves = segments.OfChain(chainId).Where(s => segments.Leaves.Contains(s.Id)).ToList();

        // Anchor segments: leaf segment -> local anchor companies working in it locally.
        var anchors = await store.GetLocalAnchorsAsync(regionCode, chainId, cancellationToken).ConfigureAwait(false);
        var anchorsBySegment = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            foreach (var leaf in anchor.LeafSegmentIds)
            {
                if (!anchorsBySegment.TryGetValue(leaf, out var list))
                {
                    anchorsBySegment[leaf] = list = [];
                }
                list.Add(anchor.CompanyId);
            }
        }

        // Presence of the chain's leaves and of every leaf that feeds one of them (possibly in another chain).
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            wanted.Add(leaf.Id);
            foreach (var from in segments.FedBy.GetValueOrDefault(leaf.Id) ?? [])
            {
                if (segments.Leaves.Contains(from))
                {
                    wanted.Add(from);
                }
            }
        }
        var presence = await store.GetSegmentPresenceAsync(regionCode, chainId, wanted, cancellationToken).ConfigureAwait(false);
        CoverageStatus Status(string id) => Coverage.StatusOf(presence.GetValueOrDefault(id).CompanyCount, weakBelow);

        var gaps = new List<ChainGap>();
        foreach (var leaf in leaves)
        {
            var status = Status(leaf.Id);
            if (status == CoverageStatus.Strong)
            {
                continue;
            }
            var reasons = new List<GapReason>();
            foreach (var via in segments.Feeds.GetValueOrDefault(leaf.Id) ?? [])
            {
                foreach (var anchor in anchorsBySegment.GetValueOrDefault(via) ?? [])
                {
                    reasons.Add(new GapReason(anchor, via, Direction.Upstream));
                }
            }
            foreach (var via in segments.FedBy.GetValueOrDefault(leaf.Id) ?? [])
            {
                if (anchorsBySegment.TryGetValue(via, out var viaAnchors))
                {
                    foreach (var anchor in viaAnchors)
                    {
                        reasons.Add(new GapReason(anchor, via, Direction.Downstream));
                    }
                }
                else if (segments.Leaves.Contains(via) && Status(via) == CoverageStatus.Strong)
                {
                    reasons.Add(new GapReason(null, via, Direction.Downstream));
                }
            }

            GapKind? kind =
                status == CoverageStatus.Missing && reasons.Any(r => r.Direction == Direction.Upstream) ? GapKind.Fill
                : status == CoverageStatus.Weak && reasons.Count > 0 ? GapKind.Strengthen
                : status == CoverageStatus.Missing && reasons.Any(r => r.Direction == Direction.Downstream) ? GapKind.Extend
                : null;
            if (kind is null)
            {
                continue;
            }
            reasons.Sort(CompareReasons);
            gaps.Add(new ChainGap(leaf, kind.Value, status, reasons));
        }
        if (gaps.Count == 0)
        {
            return gaps;
        }

        // What a planner weighs each gap by: local firms on the other side of its reasons, the region's own
        // priorities, and the live pipeline already aimed at it.
        var vias = gaps.SelectMany(g => g.Reasons.Select(r => r.ViaSegmentId)).ToHashSet(StringComparer.Ordinal);
        var localCompanies = await store.GetLocalCompaniesAsync(regionCode, vias, cancellationToken).ConfigureAwait(false);
        var declared = await Coverage.DeclaredAsync(store, regionCode, cancellationToken).ConfigureAwait(false);
        var pipeline = (await store.GetProjectsInRegionAsync(regionCode, cancellationToken).ConfigureAwait(false))
            .Where(p => p.SegmentId is not null && ChainEngine.IsActive(p.Status))
            .GroupBy(p => p.SegmentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Project>)[.. g.OrderBy(p => p.Id, Ids.Comparer)], StringComparer.Ordinal);
        for (var i = 0; i < gaps.Count; i++)
        {
            var gap = gaps[i];
            var linked = gap.Reasons.Select(r => r.ViaSegmentId).Distinct(StringComparer.Ordinal)
                .SelectMany(via => localCompanies.GetValueOrDefault(via) ?? [])
                .Distinct(StringComparer.Ordinal)
                .Count();
            gaps[i] = gap with
            {
                LinkedLocalCompanies = linked,
                Declared = declared.Contains(gap.Segment.Id),
                PipelineProjects = pipeline.GetValueOrDefault(gap.Segment.Id) ?? [],
            };
        }
        gaps.Sort(CompareGaps);
        return gaps;
    }

    /// <summary>
    /// By kind (FILL, STRENGTHEN, EXTEND), then uncommitted first, declared first, more anchors first, more
    /// linked local companies first, then segment id.
    /// </summary>
    private static int CompareGaps(ChainGap a, ChainGap b)
    {
        var c = a.Kind.CompareTo(b.Kind);
        if (c == 0)
        {
            c = a.Committed.CompareTo(b.Committed);
        }
        if (c == 0)
        {
            c = b.Declared.CompareTo(a.Declared);
        }
        if (c == 0)
        {
            c = b.AnchorCount.CompareTo(a.AnchorCount);
        }
        if (c == 0)
        {
            c = b.LinkedLocalCompanies.CompareTo(a.LinkedLocalCompanies);
        }
        return c != 0 ? c : Ids.Comparer.Compare(a.Segment.Id, b.Segment.Id);
    }

    /// <summary>By direction name (DOWNSTREAM before UPSTREAM), then anchor id (none first), then via segment id.</summary>
    private static int CompareReasons(GapReason a, GapReason b)
    {
        var c = string.CompareOrdinal(Text.ContractNames.Of(a.Direction), Text.ContractNames.Of(b.Direction));
        if (c != 0)
        {
            return c;
        }
        c = (a.AnchorId, b.AnchorId) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => Ids.Comparer.Compare(a.AnchorId, b.AnchorId),
        };
        return c != 0 ? c : Ids.Comparer.Compare(a.ViaSegmentId, b.ViaSegmentId);
    }
}
