using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Lookup;

/// <summary>
/// Lists projects across every region with filters and an order, over the reader's region and project reads (projects
/// are few next to companies: every project is read, then filtered and sorted in memory).
/// </summary>
public sealed class ProjectSearch(IGraphReader store)
{
    public async ValueTask<ProjectPage> FindAsync(ProjectQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default)
    {
        var regions = (await store.FindRegionsAsync(null, null, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Code, r => r.ParentCode, StringComparer.Ordinal);
        var segments = (await store.GetSegmentsAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.Id, s => s.ParentId, StringComparer.Ordinal);
        var all = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var root in regions.Where(r => r.Value is null || !regions.ContainsKey(r.Value)).Select(r => r.Key))
        {
            foreach (var project in await store.GetProjectsInRegionAsync(root, cancellationToken).ConfigureAwait(false))
            {
                all[project.Id] = project;
            }
        }
        var order = query.Order;
        var matches = all.Values.Where(p => Holds(query, p, regions, segments))
            .Select(p => (Project: p, Position: order.PositionOf(p)))
            .ToList();
        matches.Sort((x, y) => order.Compare(x.Position, y.Position));
        var rest = after is null ? matches : matches.Where(m => order.Compare(m.Position, after) > 0).ToList();
        var items = rest.Take(first).Select(m => m.Project).ToList();
        return new ProjectPage(items, matches.Count, rest.Count > items.Count);
    }

    private static bool Holds(ProjectQuery q, Project p, Dictionary<string, string?> regions, Dictionary<string, string?> segments) =>
        (q.NameContains is null || p.NameZh.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase))
        && (q.RegionCode is null || Within(regions, p.RegionCode, q.RegionCode))
        && (q.RegionCodes is null || q.RegionCodes.Any(r => Within(regions, p.RegionCode, r)))
        && (q.SegmentId is null || (p.SegmentId is { } s1 && Within(segments, s1, q.SegmentId)))
        && (q.SegmentIds is null || (p.SegmentId is { } s2 && q.SegmentIds.Any(g => Within(segments, s2, g))))
        && (q.CompanyIds is null || (p.CompanyId is { } c && q.CompanyIds.Contains(c)))
        && (q.Statuses is null || q.Statuses.Contains(p.Status))
        && (q.StatusDateFrom is null || p.StatusDate >= q.StatusDateFrom)
        && (q.StatusDateTo is null || p.StatusDate <= q.StatusDateTo)
        && (q.InvestmentYuanAtLeast is null || p.InvestmentYuan >= q.InvestmentYuanAtLeast);

    private static bool Within(Dictionary<string, string?> parents, string item, string ancestor)
    {
        var seen = 0;
        for (var at = item; at is not null && seen++ < 64; at = parents.GetValueOrDefault(at))
        {
            if (at == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
