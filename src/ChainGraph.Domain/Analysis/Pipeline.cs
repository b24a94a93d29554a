using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Analysis;

/// <summary>The project pipeline of a region (domain contract, section 7).</summary>
internal static class Pipeline
{
    public const string Unclassified = "UNCLASSIFIED";

    public static ProjectPipeline Compute(IReadOnlyList<Project> projects, SegmentIndex segments, DateOnly? from, DateOnly? to)
    {
        var statuses = Enum.GetValues<ProjectStatus>();
        var categories = Enum.GetValues<SegmentCategory>();
        var byStatus = new (int Count, decimal Yuan, int Undisclosed)[statuses.Length];
        var byCategory = new (int Count, decimal Yuan, int Undisclosed)[categories.Length + 1];
        foreach (var p in projects)
        {
            if ((from is { } f && p.StatusDate < f) || (to is { } t && p.StatusDate > t))
            {
                continue;
            }
            Add(ref byStatus[(int)p.Status], p.InvestmentYuan);
            var bucket = p.SegmentId is not null && segments.ById.TryGetValue(p.SegmentId, out var s) ? (int)s.Category : categories.Length;
            Add(ref byCategory[bucket], p.InvestmentYuan);
        }
        return new ProjectPipeline(
            statuses.Select(s => new PipelineBucket(s, byStatus[(int)s].Count, byStatus[(int)s].Yuan, byStatus[(int)s].Undisclosed)).ToList(),
            categories.Select(c => new PipelineCategoryBucket(ContractNames.Of(c), byCategory[(int)c].Count, byCategory[(int)c].Yuan, byCategory[(int)c].Undisclosed))
                .Append(new PipelineCategoryBucket(Unclassified, byCategory[^1].Count, byCategory[^1].Yuan, byCategory[^1].Undisclosed))
                .ToList());
    }

    /// <summary>Counts a project; an undisclosed amount adds nothing to the total and is counted apart.</summary>
    private static void Add(ref (int Count, decimal Yuan, int Undisclosed) bucket, decimal? yuan) =>
        bucket = (bucket.Count + 1, bucket.Yuan + (yuan ?? 0), bucket.Undisclosed + (yuan is null ? 1 : 0));
}
