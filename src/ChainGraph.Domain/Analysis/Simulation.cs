using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>Gaps and coverage before and after supposed new sites (domain contract, section 10).</summary>
internal static class Simulation
{
    public static async ValueTask<RecruitmentSimulation> ComputeAsync(
        IGraphReader store, SegmentIndex segments, string regionCode, string chainId, IReadOnlyList<string> companyIds, int weakBelow, CancellationToken cancellationToken)
    {
        var after = await WhatIfReader.CreateAsync(store, segments, regionCode, companyIds, cancellationToken).ConfigureAwait(false);
        var gapsBefore = await Gaps.ComputeAsync(store, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
        var gapsAfter = await Gaps.ComputeAsync(after, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
        var coverageBefore = await Coverage.ComputeAsync(store, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);
        var coverageAfter = await Coverage.ComputeAsync(after, segments, regionCode, chainId, weakBelow, cancellationToken).ConfigureAwait(false);

        var beforeById = gapsBefore.ToDictionary(g => g.Segment.Id, StringComparer.Ordinal);
        var afterById = gapsAfter.ToDictionary(g => g.Segment.Id, StringComparer.Ordinal);
        var changed = gapsBefore
            .Where(g => afterById.TryGetValue(g.Segment.Id, out var a) && (a.Kind != g.Kind || a.Status != g.Status))
            .Select(g => new GapChange(g.Segment, g.Kind, afterById[g.Segment.Id].Kind, g.Status, afterById[g.Segment.Id].Status))
            .OrderBy(c => c.Segment.Id, Ids.Comparer)
            .ToList();
        var countAfter = coverageAfter.ToDictionary(c => c.Segment.Id, StringComparer.Ordinal);
        var coverageChanges = coverageBefore
            .Where(c => countAfter[c.Segment.Id].LocalCompanyCount != c.LocalCompanyCount)
            .Select(c => new CoverageChange(c.Segment, c.LocalCompanyCount, countAfter[c.Segment.Id].LocalCompanyCount, c.Status, countAfter[c.Segment.Id].Status))
            .ToList();
        return new RecruitmentSimulation(
            gapsBefore.Count,
            gapsAfter.Count,
            [.. gapsBefore.Where(g => !afterById.ContainsKey(g.Segment.Id))],
            [.. gapsAfter.Where(g => !beforeById.ContainsKey(g.Segment.Id))],
            changed,
            coverageChanges);
    }
}
