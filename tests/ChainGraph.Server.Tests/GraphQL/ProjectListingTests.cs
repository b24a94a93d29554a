using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Contract;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>
/// <c>projectsConnection</c> and the nested pages (a company's sites and supplies, a region's children) over real
/// HTTP on graph-seed, against a naive reading of its CSV files.
/// </summary>
public sealed class ProjectListingTests : IAsyncLifetime
{
    private static readonly string[] Statuses = ["LEAD", "NEGOTIATING", "SIGNED", "STARTED", "COMPLETED", "PRODUCING", "DROPPED"];
    private readonly ChangeSet _data = DataSetReader.ReadFolder(Repo.GraphSeed).ToChangeSet(false);
    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost(seed: "graph-seed");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Project_listings_match_a_naive_reading_of_the_data_set()
    {
        var random = new Random(7);
        var regionParent = _data.Regions.ToDictionary(r => r.Code, r => r.ParentCode, StringComparer.Ordinal);
        var segmentParent = _data.Segments.ToDictionary(s => s.Id, s => s.ParentId, StringComparer.Ordinal);
        var regions = _data.Projects.Select(p => p.RegionCode).Distinct().ToList();
        for (var round = 0; round < 25; round++)
        {
            var filter = new Dictionary<string, object>();
            var region = regions[random.Next(regions.Count)];
            var regionAncestor = ListingOracle.AncestorOf(regionParent, region, random);
            if (random.Next(2) == 0)
            {
                filter["regionCode"] = regionAncestor;
            }
            if (random.Next(3) == 0)
            {
                filter["statusIn"] = Statuses.Where(_ => random.Next(2) == 0).DefaultIfEmpty("PRODUCING").ToArray();
            }
            if (random.Next(3) == 0)
            {
                filter["statusDateFrom"] = $"{random.Next(2017, 2026)}-01-01";
            }
            if (random.Next(3) == 0)
            {
                filter["segmentId"] = random.Next(2) == 0 ? "es-cells" : "es-materials";
            }
            if (random.Next(4) == 0)
            {
                filter["investmentYuanAtLeast"] = random.Next(1, 100) * 100_000_000.0;
            }
            var field = new[] { "ID", "NAME_ZH", "STATUS_DATE", "INVESTMENT_YUAN" }[random.Next(4)];
            var descending = random.Next(2) == 0;

            var expected = _data.Projects
                .Where(p => !filter.ContainsKey("regionCode") || ListingOracle.Within(regionParent, p.RegionCode, regionAncestor))
                .Where(p => !filter.TryGetValue("statusIn", out var s) || ((string[])s).Contains(Domain.Text.ContractNames.Of(p.Status)))
                .Where(p => !filter.TryGetValue("statusDateFrom", out var d) || p.StatusDate >= DateOnly.Parse((string)d, System.Globalization.CultureInfo.InvariantCulture))
                .Where(p => !filter.TryGetValue("segmentId", out var g) || (p.SegmentId is { } seg && ListingOracle.Within(segmentParent, seg, (string)g)))
                .Where(p => !filter.TryGetValue("investmentYuanAtLeast", out var v) || p.InvestmentYuan >= (decimal)(double)v)
                .Order(Comparer<Project>.Create((x, y) => Compare(field, descending, x, y)))
                .Select(p => p.Id).ToList();

            var seen = new List<string>();
            string? after = null;
            var first = random.Next(1, 15);
            do
            {
                var r = await _host.PostAsync(
                    "query($f: ProjectFilter, $o: ProjectOrder, $first: Int, $after: String) { projectsConnection(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                    new { f = filter, o = new { field, direction = descending ? "DESC" : "ASC" }, first, after });
                Assert.False(r.HasErrors, r.Body.ToString());
                var connection = r.Data.GetProperty("projectsConnection");
                Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
                seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
                after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);
            Assert.True(expected.SequenceEqual(seen), $"round {round} {JsonSerializer.Serialize(filter)} {field} {(descending ? "DESC" : "ASC")}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", seen)}");
        }
    }

    [Fact]
    public async Task Nested_lists_come_a_page_at_a_time()
    {
        var catl = _data.Sites.Where(s => s.CompanyId == "catl").Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var r = await _host.PostAsync("query($after: String) { company(id: \"catl\") { sitesConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }", new { after });
            Assert.False(r.HasErrors, r.Body.ToString());
            var connection = r.Data.GetProperty("company").GetProperty("sitesConnection");
            Assert.Equal(catl.Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(catl, seen);

        var guangdong = await _host.PostAsync("""{ region(code: "440000") { childrenConnection(first: 5) { totalCount nodes { code } } } }""");
        var children = _data.Regions.Where(r => r.ParentCode == "440000").Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        var page = guangdong.Data.GetProperty("region").GetProperty("childrenConnection");
        Assert.Equal(children.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(children.Take(5), page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));

        var supplies = _data.Supplies.Where(s => s.SupplierId == "semcorp").ToList();
        var semcorp = await _host.PostAsync("""{ company(id: "semcorp") { suppliesConnection(first: 100) { totalCount nodes { customerId } } } }""");
        Assert.Equal(supplies.Count, semcorp.Data.GetProperty("company").GetProperty("suppliesConnection").GetProperty("totalCount").GetInt32());

        var bad = await _host.PostAsync("""{ company(id: "catl") { sitesConnection(after: "garbage") { totalCount } } }""");
        Assert.Equal("BAD_INPUT", bad.FirstCode);
        var wrongOrder = await _host.PostAsync("""{ projectsConnection(first: 1, orderBy: { field: STATUS_DATE }) { pageInfo { endCursor } } }""");
        var cursor = wrongOrder.Data.GetProperty("projectsConnection").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var mixed = await _host.PostAsync("query($a: String) { projectsConnection(after: $a) { totalCount } }", new { a = cursor });
        Assert.Equal("BAD_INPUT", mixed.FirstCode);
        var unknown = await _host.PostAsync("""{ projectsConnection(filter: { regionCodeIn: ["441200", "999999"] }) { totalCount } }""");
        Assert.Equal("NOT_FOUND", unknown.FirstCode);
    }

    private static int Compare(string field, bool descending, Project x, Project y)
    {
        IComparable? Key(Project p) => field switch
        {
            "NAME_ZH" => p.NameZh,
            "STATUS_DATE" => p.StatusDate,
            "INVESTMENT_YUAN" => p.InvestmentYuan,
            _ => null,
        };
        var (kx, ky) = (Key(x), Key(y));
        if (field != "ID" && (kx is null) != (ky is null))
        {
            return kx is null ? 1 : -1;
        }
        if (kx is not null && ky is not null)
        {
            var byKey = kx is string sx ? Ids.Comparer.Compare(sx, (string)ky) : kx.CompareTo(ky);
            if (byKey != 0)
            {
                return descending ? -byKey : byKey;
            }
        }
        return Ids.Comparer.Compare(x.Id, y.Id);
    }
}
