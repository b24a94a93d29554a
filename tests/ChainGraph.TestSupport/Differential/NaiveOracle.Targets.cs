using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>recruitTargets, sentence by sentence of the contract.</summary>
    public IReadOnlyList<RecruitTarget> Targets(string r, string segmentId, int first = 20, ScoreWeights? weights = null)
    {
        weights ??= new ScoreWeights();
        var region = Rows.Regions[r];
        var localCompanies = LocalSites(r).Select(s => s.CompanyId).ToHashSet(Ord);
        var localAnchors = localCompanies.Where(IsAnchor).Order(Ord).ToList();
        var anchorGroups = localAnchors.Select(GroupOf).ToHashSet(Ord);

        // group of a supplier -> the anchor groups its companies supply
        var supplied = new Dictionary<string, HashSet<string>>(Ord);
        foreach (var supply in Rows.Supplies.Values)
        {
            var customerGroup = GroupOf(supply.CustomerId);
            if (anchorGroups.Contains(customerGroup))
            {
                var supplierGroup = GroupOf(supply.SupplierId);
                if (!supplied.TryGetValue(supplierGroup, out var set))
                {
                    supplied[supplierGroup] = set = new HashSet<string>(Ord);
                }
                set.Add(customerGroup);
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
            var tied = supplied.GetValueOrDefault(GroupOf(company.Id)) ?? [];
            var credentials = new[] { CompanyTags.HighTech, CompanyTags.Srdi, CompanyTags.Listed }.Count(t => (company.Tags & t) != 0);
            var nearest = candidate
                .Select(s => (Site: s, Km: Haversine(s.Lat, s.Lon, region.Lat, region.Lon)))
                .OrderBy(x => x.Km)
                .ThenBy(x => x.Site.Id, Ord)
                .First();
            var proximity = Math.Max(0, 1 - (nearest.Km / 1000));
            var inPipeline = Rows.Projects.Values.Any(p => p.CompanyId == company.Id && IsLive(p.Status) && IsIn(p.RegionCode, r));
            var suppliesAnchors = localAnchors.Where(a => tied.Contains(GroupOf(a))).ToList();
            var score = (weights.AnchorTies * tied.Count) + (weights.Credentials * credentials) + (weights.Proximity * proximity);
            targets.Add(new RecruitTarget(company.Id, score, tied.Count, credentials, proximity, nearest.Km, inPipeline, suppliesAnchors, nearest.Site.Id));
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
