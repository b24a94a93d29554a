using ChainGraph.Domain.Analysis;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class QuestionPicker
{
    /// <summary>
    /// The same questions about the extras for every data set: the district, where an anchor (through its group)
    /// leaves FILL and EXTEND gaps, one signed, one with a live project, some declared; the city with its park
    /// and the anchor of another chain; recruitment for the extras' leaf in every scope (an expansion candidate,
    /// a far candidate tied by rows of two confidences); regions with no company of the chain (null quotients);
    /// and landing one, then two companies of a FILL gap's segment in the district (FILL into STRENGTHEN, then closed).
    /// </summary>
    public List<DiffQuestion> Cases()
    {
        const string district = DataSetExtras.District, city = DataSetExtras.City, leaf = DataSetExtras.Leaf;
        var cases = new List<DiffQuestion>
        {
            new(DiffQuestion.Coverage) { RegionCode = district, ChainId = "chain0" },
            new(DiffQuestion.Coverage) { RegionCode = city, ChainId = "chain0", WeakBelow = 3 },
            new(DiffQuestion.Gaps) { RegionCode = district, ChainId = "chain0" },
            new(DiffQuestion.Gaps) { RegionCode = district, ChainId = DataSetExtras.OtherChain },
            new(DiffQuestion.Gaps) { RegionCode = city, ChainId = "chain0", WeakBelow = 4 },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = leaf, First = 100 },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = leaf, First = 100, Scope = RecruitScope.Expansion },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = leaf, First = 100, Scope = RecruitScope.All, ProximityWeight = 0 },
            new(DiffQuestion.Targets) { RegionCode = district, SegmentId = "chain0-cells", Scope = RecruitScope.All, AnchorTiesWeight = 10 },
            new(DiffQuestion.Compare) { RegionCodes = [DataSetExtras.Park, district, city, "120100"], ChainId = "chain0" },
            new(DiffQuestion.Compare) { RegionCodes = [DataSetExtras.Park, "CN"], ChainId = DataSetExtras.OtherChain, WeakBelow = 1 },
            new(DiffQuestion.Pipeline) { RegionCode = district },
        };
        var fill = _oracle.Gaps(district, "chain0").FirstOrDefault(g => g.Kind == GapKind.Fill);
        if (fill is not null)
        {
            var landing = CompaniesIn(fill.Segment.Id).Take(2).ToList();
            cases.Add(new DiffQuestion(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = landing.Take(1).ToList() });
            cases.Add(new DiffQuestion(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = landing });
        }
        cases.Add(new DiffQuestion(DiffQuestion.Simulate) { RegionCode = city, ChainId = "chain0", CompanyIds = ["x-far", "x-ch1", "x-root"], WeakBelow = 3 });
        cases.AddRange(BadArgumentCases());
        return cases;
    }

    /// <summary>
    /// Bad arguments of every question, alone and in pairs (the first in argument order must be reported): unknown
    /// ids (and known ones in another letter case), numbers out of range, a negative weight, malformed dates, region and company
    /// lists too short, too long, repeated or naming an unknown id.
    /// </summary>
    public List<DiffQuestion> BadArgumentCases()
    {
        const string city = DataSetExtras.City, district = DataSetExtras.District, leaf = DataSetExtras.Leaf;
        var eleven = _regions.Take(11).ToList();
        var elevenCompanies = _companies.Take(11).ToList();
        return
        [
            new(DiffQuestion.Coverage) { RegionCode = "999999", ChainId = "no-chain" },
            new(DiffQuestion.Coverage) { RegionCode = city, ChainId = "CHAIN0", WeakBelow = 0 },
            new(DiffQuestion.Gaps) { RegionCode = "cn", ChainId = "chain0" },
            new(DiffQuestion.Gaps) { RegionCode = district, ChainId = "chain0", WeakBelow = 1001 },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = "chain0-CELLS-0", First = 0 },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = leaf, First = 101, ProximityWeight = -1 },
            new(DiffQuestion.Targets) { RegionCode = city, SegmentId = leaf, CredentialsWeight = -0.5, Scope = RecruitScope.Expansion },
            new(DiffQuestion.Paths) { FromCompanyId = "X-FAR", ToCompanyId = "nobody", MaxHops = 0 },
            new(DiffQuestion.Paths) { FromCompanyId = "x-far", ToCompanyId = "nobody", MaxHops = 7 },
            new(DiffQuestion.Paths) { FromCompanyId = DataSetExtras.ManyPathsFrom, ToCompanyId = DataSetExtras.ManyPathsTo, MaxHops = 7 },
            new(DiffQuestion.Pipeline) { RegionCode = "110100-xp", FromText = "2023-02-30" },
            new(DiffQuestion.Pipeline) { RegionCode = city, FromText = "2023-13-01", ToText = "someday" },
            new(DiffQuestion.Pipeline) { RegionCode = city, FromDate = new DateOnly(2023, 1, 1), ToText = "2023-1-5" },
            new(DiffQuestion.Compare) { RegionCodes = [city], ChainId = "chain0" },
            new(DiffQuestion.Compare) { RegionCodes = [], ChainId = "no-chain" },
            new(DiffQuestion.Compare) { RegionCodes = [city, district, city], ChainId = "chain0" },
            new(DiffQuestion.Compare) { RegionCodes = [city, "999999", "888888"], ChainId = "no-chain" },
            new(DiffQuestion.Compare) { RegionCodes = ["999999", city, "999999"], ChainId = "chain0" },
            new(DiffQuestion.Compare) { RegionCodes = [.. eleven.Take(10), "999999"], ChainId = "chain0", WeakBelow = 0 },
            new(DiffQuestion.Compare) { RegionCodes = eleven, ChainId = "chain0" },
            new(DiffQuestion.Compare) { RegionCodes = [city, district], ChainId = "Chain0", WeakBelow = 0 },
            new(DiffQuestion.Compare) { RegionCodes = [city, district], ChainId = "chain0", WeakBelow = -1 },
            new(DiffQuestion.Simulate) { RegionCode = "999999", ChainId = "no-chain", CompanyIds = [] },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "no-chain", CompanyIds = [] },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = [], WeakBelow = 0 },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = elevenCompanies },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = ["x-far", "nobody", "x-far"] },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = ["x-far", "nobody", "nobody-2"], WeakBelow = 0 },
            new(DiffQuestion.Simulate) { RegionCode = district, ChainId = "chain0", CompanyIds = ["x-far"], WeakBelow = 1001 },
        ];
    }
}
