using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The confidence weights of the contract, written out here rather than taken from the model.</summary>
    public static decimal WeightOf(SupplyConfidence confidence) => confidence switch
    {
        SupplyConfidence.Verified => 1.0m,
        SupplyConfidence.Reported => 0.6m,
        SupplyConfidence.Unverified => 0.3m,
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "not a confidence of the contract"),
    };

    /// <summary>recruitTargets, sentence by sentence of the contract (section 5).</summary>
    public IReadOnlyList<RecruitTarget> Targets(string r, string segmentId, int first = 20, ScoreWeights? weights = null, RecruitScope scope = RecruitScope.New)
    {
        weights ??= new ScoreWeights();
        var region = Rows.Regions[r];
        var chainId = Rows.Segments[segmentId].ChainId;
        var localCompanies = LocalSites(r).Select(s => s.CompanyId).ToHashSet(Ord);
        var localGroups = localCompanies.Select(GroupOf).ToHashSet(Ord);
        var localAnchors = localCompanies.Where(c => IsAnchorOf(c, chainId)).Order(Ord).ToList();
        var anchorGroups = localAnchors.Select(GroupOf).ToHashSet(Ord);

        // (group of the supplier, anchor group of the customer) -> the largest weight of the supply rows between them
        var ties = new Dictionary<(string Supplier, string Anchor), decimal>();
        foreach (var supply in Rows.Supplies.Values)
        {
            var customerGroup = GroupOf(supply.CustomerId);
            if (anchorGroups.Contains(customerGroup))
            {
                var key = (GroupOf(supply.SupplierId), customerGroup);
                ties[key] = Math.Max(ties.GetValueOrDefault(key), WeightOf(supply.Confidence));
            }
        }

        var candidates = Rows.Sites.Values
            .Where(s => WorksIn(s, segmentId))
            .GroupBy(s => s.CompanyId, Ord)
            .Where(g => !localCompanies.Contains(g.Key));
        var targets = new List<RecruitTarget>();
        foreach (var candidate in candidates)
        {
            var company = Rows.Companies[candidate.Key];
            var group = GroupOf(company.Id);
            var groupLocal = localGroups.Contains(group);
            var kept = scope switch
            {
                RecruitScope.New => !groupLocal,
                RecruitScope.Expansion => groupLocal,
                _ => true,
            };
            if (!kept)
            {
                continue;
            }
            var tied = anchorGroups.Where(g => ties.ContainsKey((group, g))).ToHashSet(Ord);
            var tieStrength = (double)tied.Sum(g => ties[(group, g)]);
            var credentials = new[] { CompanyTags.HighTech, CompanyTags.Srdi, CompanyTags.Listed }.Count(t => (company.Tags & t) != 0);
            var nearest = candidate
                .Select(s => (Site: s, Km: Haversine(s.Lat, s.Lon, region.Lat, region.Lon)))
                .OrderBy(x => x.Km)
                .ThenBy(x => x.Site.Id, Ord)
                .First();
            var proximity = Math.Max(0, 1 - (nearest.Km / 1000));
            var inPipeline = Rows.Projects.Values.Any(p => p.CompanyId == company.Id && IsLive(p.Status) && IsIn(p.RegionCode, r));
            var suppliesAnchors = localAnchors.Where(a => tied.Contains(GroupOf(a))).ToList();
            var score = (weights.AnchorTies * tieStrength) + (weights.Credentials * credentials) + (weights.Proximity * proximity);
            targets.Add(new RecruitTarget(
                company.Id, score, tied.Count, credentials, proximity, nearest.Km, inPipeline, suppliesAnchors, nearest.Site.Id, tieStrength, groupLocal));
        }
        return targets
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.CompanyId, Ord)
            .Take(first)
            .ToList();
    }

    /// <summary>Great-circle distance on a sphere of radius 6371.0088 km.</summary>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
