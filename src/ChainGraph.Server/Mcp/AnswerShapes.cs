using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Server.Mcp.Answers;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// Turns the engine's answers into what a tool returns: the GraphQL field names, with every id that the engine
/// gives alone (segments, anchors, companies) carrying its names, so that an agent can read the answer as it is.
/// </summary>
internal sealed class AnswerShapes
{
    private readonly IReadOnlyDictionary<string, Segment> _segments;
    private readonly IReadOnlyDictionary<string, Company> _companies;

    private AnswerShapes(IReadOnlyDictionary<string, Segment> segments, IReadOnlyDictionary<string, Company> companies)
    {
        _segments = segments;
        _companies = companies;
    }

    /// <summary>The segments of every chain, and the companies named by <paramref name="companyIds"/>.</summary>
    public static async ValueTask<AnswerShapes> LoadAsync(McpGraph graph, IEnumerable<string> companyIds, CancellationToken cancellationToken)
    {
        var segments = await graph.SegmentsAsync(cancellationToken).ConfigureAwait(false);
        var companies = await graph.CompaniesAsync(companyIds, cancellationToken).ConfigureAwait(false);
        return new AnswerShapes(segments, companies);
    }

    public static Named Of(Region region) => new(region.Code, region.NameZh, region.NameEn);

    public static Named Of(Chain chain) => new(chain.Id, chain.NameZh, chain.NameEn);

    public static Named Of(Company company) => new(company.Id, company.NameZh, company.NameEn);

    public static SegmentRef Of(Segment segment) => new(segment.Id, segment.NameZh, segment.NameEn, ContractNames.Of(segment.Category), segment.ParentId);

    public static ProjectRef Of(Project project) =>
        new(project.Id, project.NameZh, ContractNames.Of(project.Status), IsoDate.Format(project.StatusDate), project.InvestmentYuan, project.CompanyId);

    public static SiteRef Of(Site site) => new(site.Id, site.NameZh, site.RegionCode, site.Lat, site.Lon);

    /// <summary>The anchors named by gaps' reasons: the companies an answer with gaps needs names for.</summary>
    public static IEnumerable<string> AnchorsOf(IEnumerable<ChainGap> gaps) =>
        gaps.SelectMany(g => g.Reasons).Select(r => r.AnchorId).OfType<string>();

    public Named Company(string id) => _companies.TryGetValue(id, out var company) ? Of(company) : new Named(id, null, null);

    public Named SegmentName(string id) => _segments.TryGetValue(id, out var segment) ? new Named(segment.Id, segment.NameZh, segment.NameEn) : new Named(id, null, null);

    public static CoverageRow Coverage(SegmentCoverage row) => new(
        Of(row.Segment), ContractNames.Of(row.Status), row.LocalCompanyCount, row.LocalSiteCount, row.LocalAnchorCount,
        row.PipelineProjectCount, row.PipelineInvestmentYuan, row.Declared);

    public GapRow Gap(ChainGap gap) => new(
        Of(gap.Segment),
        ContractNames.Of(gap.Kind),
        ContractNames.Of(gap.Status),
        gap.AnchorCount,
        gap.LinkedLocalCompanies,
        gap.Declared,
        gap.Committed,
        [.. gap.Pipeline.Select(Of)],
        [.. gap.Reasons.Select(r => new GapReasonRow(r.AnchorId is { } anchor ? Company(anchor) : null, SegmentName(r.ViaSegmentId), ContractNames.Of(r.Direction)))]);

    public TargetRow Target(int rank, RecruitTarget target, IReadOnlyDictionary<string, Site> sites) => new(
        rank,
        Company(target.CompanyId),
        target.Score,
        target.AnchorTies,
        target.TieStrength,
        target.Credentials,
        target.Proximity,
        target.DistanceKm,
        target.InPipeline,
        target.GroupLocal,
        [.. target.SuppliesAnchorIds.Select(Company)],
        sites.TryGetValue(target.NearestSiteId, out var site) ? Of(site) : new SiteRef(target.NearestSiteId, null, "", 0, 0));

    public PathRow Path(SupplyPath path) => new([.. path.CompanyIds.Select(Company)]);

    public static ComparisonRow Comparison(RegionComparisonRow row) => new(
        Of(row.Segment),
        [.. row.Cells.Select(c => new ComparisonCell(c.RegionCode, c.LocalCompanyCount, ContractNames.Of(c.Status), c.LocationQuotient))]);

    public static GapChangeRow Change(GapChange change) => new(
        Of(change.Segment), ContractNames.Of(change.KindBefore), ContractNames.Of(change.KindAfter),
        ContractNames.Of(change.StatusBefore), ContractNames.Of(change.StatusAfter));

    public static CoverageChangeRow Change(CoverageChange change) => new(
        Of(change.Segment), change.CountBefore, change.CountAfter, ContractNames.Of(change.StatusBefore), ContractNames.Of(change.StatusAfter));

    public static StatusBucket Bucket(PipelineBucket bucket) => new(ContractNames.Of(bucket.Status), bucket.Count, bucket.InvestmentYuan, bucket.UndisclosedCount);

    public static CategoryBucket Bucket(PipelineCategoryBucket bucket) => new(bucket.Category, bucket.Count, bucket.InvestmentYuan, bucket.UndisclosedCount);
}
