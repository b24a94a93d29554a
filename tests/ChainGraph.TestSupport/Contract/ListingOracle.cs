using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.TestSupport.Contract;

/// <summary>
/// The company listing of import-format.md and graphql.md read naively off a data set's rows: a region matches its
/// own sites and those of every region below it, a segment its own and every segment below it; absent values sort
/// last; ties by id. Also draws random queries over the data set's own values.
/// </summary>
public sealed class ListingOracle
{
    private readonly IReadOnlyList<Company> _companies;
    private readonly Dictionary<string, string?> _regionParent;
    private readonly Dictionary<string, string?> _segmentParent;
    private readonly Dictionary<string, List<Site>> _sitesOf;

    public ListingOracle(ChangeSet data)
    {
        _companies = data.Companies;
        _regionParent = data.Regions.ToDictionary(r => r.Code, r => r.ParentCode, StringComparer.Ordinal);
        _segmentParent = data.Segments.ToDictionary(s => s.Id, s => s.ParentId, StringComparer.Ordinal);
        _sitesOf = data.Sites.GroupBy(s => s.CompanyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public List<string> Answer(CompanyQuery query)
    {
        var matching = _companies.Where(c => Holds(query, c) && (query.AnyOf is not { Count: > 0 } any || any.Any(q => Holds(q, c))));
        var order = query.Order;
        return [.. matching.OrderBy(c => c, Comparer<Company>.Create((x, y) => Compare(order, x, y))).Select(c => c.Id)];
    }

    public CompanyQuery RandomQuery(Random random, bool nested)
    {
        var query = new CompanyQuery();
        var company = _companies[random.Next(_companies.Count)];
        var sites = _sitesOf.GetValueOrDefault(company.Id) ?? [];
        var site = sites.Count > 0 ? sites[random.Next(sites.Count)] : null;
        var regions = _regionParent.Keys.ToList();
        var segments = _segmentParent.Keys.ToList();
        var tags = new[] { CompanyTags.Listed, CompanyTags.HighTech, CompanyTags.Srdi, CompanyTags.Anchor };
        var conditions = random.Next(1, nested ? 3 : 4);
        for (var i = 0; i < conditions; i++)
        {
            query = random.Next(11) switch
            {
                0 => query with { NameContains = company.NameZh.Substring(random.Next(company.NameZh.Length), 1) },
                1 => query with { RegionCode = site is null ? regions[random.Next(regions.Count)] : AncestorOf(_regionParent, site.RegionCode, random) },
                2 => query with { RegionCodes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => regions[random.Next(regions.Count)])] },
                3 => query with { SegmentId = site is { SegmentIds.Count: > 0 } ? AncestorOf(_segmentParent, site.SegmentIds[0], random) : segments[random.Next(segments.Count)] },
                4 => query with { SegmentIds = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => segments[random.Next(segments.Count)])] },
                5 => query with { Tags = tags[random.Next(tags.Length)] },
                6 => query with { AnyTags = tags[random.Next(tags.Length)] | tags[random.Next(tags.Length)] },
                7 => query with { FoundedFrom = random.Next(1980, 2024) },
                8 => query with { FoundedTo = random.Next(1990, 2025) },
                9 => query with { RevenueYuanAtLeast = random.Next(0, 400) * 100_000_000m + 50_000_000m },
                _ => query with { Ids = [.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => _companies[random.Next(_companies.Count)].Id).Append("no-such-company")] },
            };
        }
        return query;
    }

    public static CompanyOrder RandomOrder(Random random) =>
        new((CompanyOrderField)random.Next(Enum.GetValues<CompanyOrderField>().Length), random.Next(2) == 0);

    private bool Holds(CompanyQuery q, Company c)
    {
        var sites = _sitesOf.GetValueOrDefault(c.Id) ?? [];
        return (q.NameContains is null
                || c.NameZh.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase)
                || (c.NameEn ?? "").Contains(q.NameContains, StringComparison.OrdinalIgnoreCase))
            && (q.RegionCode is null || sites.Any(s => Within(_regionParent, s.RegionCode, q.RegionCode)))
            && (q.RegionCodes is null || sites.Any(s => q.RegionCodes.Any(r => Within(_regionParent, s.RegionCode, r))))
            && (q.SegmentId is null || sites.Any(s => s.SegmentIds.Any(g => Within(_segmentParent, g, q.SegmentId))))
            && (q.SegmentIds is null || sites.Any(s => s.SegmentIds.Any(g => q.SegmentIds.Any(w => Within(_segmentParent, g, w)))))
            && (q.Ids is null || q.Ids.Contains(c.Id))
            && (c.Tags & q.Tags) == q.Tags
            && (q.AnyTags == CompanyTags.None || (c.Tags & q.AnyTags) != CompanyTags.None)
            && (q.FoundedFrom is null || (c.Founded is { } f1 && f1 >= q.FoundedFrom))
            && (q.FoundedTo is null || (c.Founded is { } f2 && f2 <= q.FoundedTo))
            && (q.RevenueYuanAtLeast is null || (c.RevenueYuan is { } r && r >= q.RevenueYuanAtLeast));
    }

    private static int Compare(CompanyOrder order, Company x, Company y)
    {
        IComparable? Key(Company c) => order.Field switch
        {
            CompanyOrderField.NameZh => c.NameZh,
            CompanyOrderField.NameEn => c.NameEn,
            CompanyOrderField.Founded => c.Founded,
            CompanyOrderField.Employees => c.Employees,
            CompanyOrderField.RevenueYuan => c.RevenueYuan,
            _ => null,
        };
        var (kx, ky) = (Key(x), Key(y));
        if (order.Field != CompanyOrderField.Id && (kx is null) != (ky is null))
        {
            return kx is null ? 1 : -1;
        }
        if (kx is not null && ky is not null)
        {
            var byKey = kx is string sx ? Ids.Comparer.Compare(sx, (string)ky) : kx.CompareTo(ky);
            if (byKey != 0)
            {
                return order.Descending ? -byKey : byKey;
            }
        }
        return Ids.Comparer.Compare(x.Id, y.Id);
    }

    /// <summary>Whether the item is the ancestor or below it, walking a parent map.</summary>
    public static bool Within(Dictionary<string, string?> parents, string? item, string ancestor)
    {
        for (var at = item; at is not null; at = parents.GetValueOrDefault(at))
        {
            if (at == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The item or one of the items above it, at random.</summary>
    public static string AncestorOf(Dictionary<string, string?> parents, string item, Random random)
    {
        var chain = new List<string>();
        for (var at = item; at is not null; at = parents.GetValueOrDefault(at))
        {
            chain.Add(at);
        }
        return chain[random.Next(chain.Count)];
    }
}
