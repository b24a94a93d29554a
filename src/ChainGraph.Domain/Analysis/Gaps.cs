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
        var anchors = await store.GetLocalAnchorsAsync(regionCode, cancellationToken).ConfigureAwait(false);
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
        var presence = await store.GetSegmentPresenceAsync(regionCode, wanted, cancellationToken).ConfigureAwait(false);
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

        gaps.Sort((a, b) =>
        {
            var c = a.Kind.CompareTo(b.Kind);
            if (c == 0)
            {
                c = b.AnchorCount.CompareTo(a.AnchorCount);
            }
            return c != 0 ? c : Ids.Comparer.Compare(a.Segment.Id, b.Segment.Id);
        });
        return gaps;
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
