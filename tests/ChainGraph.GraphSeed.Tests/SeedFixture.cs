using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>
/// graph-seed/ imported once into a real embedded store in a throw-away folder, and every row read
/// back from that store, so the tests judge what the service will actually hold.
/// </summary>
public sealed class SeedFixture : IAsyncLifetime
{
    public const string ChainId = "energy-storage";
    public const string Zhaoqing = "441200";

    private readonly TempFolder _folder = new();

    public EmbeddedGraphStore Store { get; private set; } = null!;

    public ImportResult Import { get; private set; } = null!;

    public IReadOnlyDictionary<string, Region> Regions { get; private set; } = new Dictionary<string, Region>();

    public IReadOnlyDictionary<string, Segment> Segments { get; private set; } = new Dictionary<string, Segment>();

    public IReadOnlyList<SegmentFlow> Flows { get; private set; } = [];

    public IReadOnlyDictionary<string, Company> Companies { get; private set; } = new Dictionary<string, Company>();

    public IReadOnlyDictionary<string, Site> Sites { get; private set; } = new Dictionary<string, Site>();

    public IReadOnlyList<Supply> Supplies { get; private set; } = [];

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    /// <summary>The anchor rows of every company (anchors.csv).</summary>
    public IReadOnlyList<Anchor> Anchors { get; private set; } = [];

    /// <summary>The declared priority segments of 肇庆市 itself (region_priorities.csv rows for 441200).</summary>
    public IReadOnlyList<RegionPriority> ZhaoqingPriorities { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Store = EmbeddedGraphStore.Open(_folder.File("chaingraph.db"));
        Import = await DataSetImporter.RunAsync(Repo.GraphSeed, Store, replace: false, apply: true);

        Regions = (await Store.FindRegionsAsync(null, null)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        Segments = (await Store.GetSegmentsAsync()).ToDictionary(s => s.Id, StringComparer.Ordinal);
        Flows = await Store.GetFlowsAsync();

        var companies = new List<Company>();
        Domain.Store.PagePosition? after = null;
        while (true)
        {
            var page = await Store.FindCompaniesAsync(new(), 500, after);
            companies.AddRange(page.Items);
            if (!page.HasNextPage || page.Items.Count == 0)
            {
                break;
            }
            after = new(page.Items[^1].Id);
        }
        Companies = companies.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var ids = Companies.Keys.ToList();
        Sites = (await Store.GetSitesOfCompaniesAsync(ids)).Values.SelectMany(s => s).ToDictionary(s => s.Id, StringComparer.Ordinal);
        Supplies = (await Store.GetSuppliesOfCompaniesAsync(ids)).Values.SelectMany(s => s).DistinctBy(s => s.Key).ToList();
        Projects = await Store.GetProjectsInRegionAsync("CN");
        Anchors = (await Store.GetAnchorsOfCompaniesAsync(ids)).Values.SelectMany(a => a).ToList();
        ZhaoqingPriorities = (await Store.GetRegionPrioritiesAsync([Zhaoqing])).TryGetValue(Zhaoqing, out var priorities) ? priorities : [];
    }

    public ValueTask DisposeAsync()
    {
        Store?.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>True when region <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string code, string ancestor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? at = code; at is not null && seen.Add(at); at = Regions.TryGetValue(at, out var r) ? r.ParentCode : null)
        {
            if (at == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Segments of the chain that have no PART_OF child.</summary>
    public IReadOnlyList<Segment> LeavesOf(string chainId)
    {
        var parents = Segments.Values.Where(s => s.ParentId is not null).Select(s => s.ParentId!).ToHashSet(StringComparer.Ordinal);
        return Segments.Values.Where(s => s.ChainId == chainId && !parents.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The one company whose name_zh contains <paramref name="shortName"/> (exact match wins), or null.</summary>
    public Company? CompanyNamed(string shortName)
    {
        var exact = Companies.Values.Where(c => c.NameZh == shortName).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        var containing = Companies.Values.Where(c => c.NameZh.Contains(shortName, StringComparison.Ordinal)).ToList();
        return containing.Count == 1 ? containing[0] : null;
    }

    public IEnumerable<Site> SitesOf(string companyId) => Sites.Values.Where(s => s.CompanyId == companyId);

    /// <summary>The root of the company's PART_OF_GROUP chain (domain.md section 2).</summary>
    public string GroupOf(string companyId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = companyId;
        while (seen.Add(at) && Companies.TryGetValue(at, out var company) && company.ParentId is { } parent)
        {
            at = parent;
        }
        return at;
    }
}
