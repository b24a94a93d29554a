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
        var byStatus = new (int Count, decimal Yuan)[statuses.Length];
        var byCategory = new (int Count, decimal Yuan)[categories.Length + 1];
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
            statuses.Select(s => new PipelineBucket(s, byStatus[(int)s].Count, byStatus[(int)s].Yuan)).ToList(),
            categories.Select(c => new PipelineCategoryBucket(ContractNames.Of(c), byCategory[(int)c].Count, byCategory[(int)c].Yuan))
                .Append(new PipelineCategoryBucket(Unclassified, byCategory[^1].Count, byCategory[^1].Yuan))
                .ToList());
    }

    private static void Add(ref (int Count, decimal Yuan) bucket, decimal yuan) => bucket = (bucket.Count + 1, bucket.Yuan + yuan);
}
