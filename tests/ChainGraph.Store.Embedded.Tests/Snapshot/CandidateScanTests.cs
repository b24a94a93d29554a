using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Import;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>The candidate scan with a bound asks about every candidate it would hand out, and skips those the reader refuses.</summary>
public sealed class CandidateScanTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_bound_sees_each_candidates_tie_strength_tags_and_group_and_skips_what_it_refuses()
    {
        using var store = EmbeddedGraphStore.Open(_folder.File("cg.db"));
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), store, false, true)).Succeeded);
        var anchors = (await store.GetLocalAnchorsAsync("441200", "es")).Select(a => a.GroupId).Distinct().ToArray();

        var all = (await store.GetRecruitCandidatesAsync("441200", "es", anchors)).ToList();
        Assert.Contains(all, c => c.Ties.Count > 0);
        Assert.Contains(all, c => c.GroupLocal);

        var asked = new List<(double Strength, CompanyTags Tags, bool GroupLocal)>();
        var kept = (await store.GetRecruitCandidatesAsync("441200", "es", anchors, (strength, tags, groupLocal) =>
        {
            asked.Add((strength, tags, groupLocal));
            return !groupLocal;
        })).ToList();

        Assert.Equal(all.Select(c => (c.Ties.Sum(t => t.Weight), c.Tags, c.GroupLocal)), asked);
        Assert.Equal(all.Where(c => !c.GroupLocal).Select(Describe), kept.Select(Describe));
        Assert.Empty(await store.GetRecruitCandidatesAsync("441200", "es", anchors, (_, _, _) => false));
    }

    private static string Describe(RecruitCandidate c) =>
        $"{c.CompanyId} {c.GroupId} {c.NearestSiteId} {c.DistanceKm:R} {string.Join(",", c.Ties.Select(t => $"{t.GroupId}:{t.Weight:R}"))}";

    public void Dispose() => _folder.Dispose();
}
