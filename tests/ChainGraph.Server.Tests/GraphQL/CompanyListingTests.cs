using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary><c>companies</c> with orderBy, filter operators and cursors over real HTTP, on graph-seed (expected values read off its CSV files).</summary>
public sealed class CompanyListingTests : IAsyncLifetime
{
    private ServiceHost _host = null!;
    private readonly IReadOnlyList<Company> _companies = DataSetReader.ReadFolder(Repo.GraphSeed).ToChangeSet(false).Companies;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost(seed: "graph-seed");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_largest_companies_by_revenue_come_first_and_pages_follow_the_order()
    {
        const string query = """
            query($after: String) {
              companies(filter: { tags: [LISTED] }, orderBy: { field: REVENUE_YUAN, direction: DESC }, first: 37, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id revenueYuan } } } }
            """;
        var ids = new List<string>();
        string? after = null;
        int total;
        do
        {
            var r = await _host.PostAsync(query, new { after });
            Assert.False(r.HasErrors, r.Body.ToString());
            var connection = r.Data.GetProperty("companies");
            total = connection.GetProperty("totalCount").GetInt32();
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        var expected = _companies.Where(c => c.Tags.HasFlag(CompanyTags.Listed))
            .OrderBy(c => c.RevenueYuan is null).ThenByDescending(c => c.RevenueYuan).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id).ToList();
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, ids);
        Assert.NotNull(_companies.Single(c => c.Id == ids[0]).RevenueYuan);
    }

    [Fact]
    public async Task OR_and_list_filters_combine_with_the_other_filters()
    {
        var r = await _host.PostAsync("""
            { companies(first: 100, orderBy: { field: FOUNDED }, filter: {
                tagsAny: [SRDI, LISTED], foundedFrom: 2000,
                OR: [{ regionCode: "441200" }, { regionCodeIn: ["440600", "440700"], segmentIdIn: ["es-components"] }] }) {
              totalCount nodes { id founded } } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var nodes = r.Data.GetProperty("companies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        var years = nodes.Select(n => n.GetProperty("founded").GetInt32()).ToList();
        Assert.All(years, y => Assert.True(y >= 2000));
        Assert.Equal(years.Order().ToList(), years);
        Assert.Equal(r.Data.GetProperty("companies").GetProperty("totalCount").GetInt32(), nodes.Count);
    }

    [Theory]
    [InlineData("""{ companies(after: "garbage") { totalCount } }""", "BAD_INPUT", "is not a cursor of this connection")]
    [InlineData("""{ companies(filter: { OR: [{ OR: [{ regionCode: "441200" }] }] }) { totalCount } }""", "BAD_INPUT", "filter.OR[0].OR")]
    [InlineData("""{ companies(filter: { OR: [{ regionCode: "441200" }, { regionCodeIn: ["999999"] }] }) { totalCount } }""", "NOT_FOUND", "filter.OR[1].regionCodeIn")]
    [InlineData("""{ companies(filter: { segmentIdIn: ["es-nothing"] }) { totalCount } }""", "NOT_FOUND", "filter.segmentIdIn")]
    [InlineData("""{ companies(filter: { foundedFrom: 2020, foundedTo: 2010 }) { totalCount } }""", "BAD_INPUT", "filter.foundedFrom")]
    [InlineData("""{ companies(filter: { idIn: [] }) { totalCount } }""", "BAD_INPUT", "filter.idIn")]
    public async Task Bad_filters_and_cursors_are_named(string query, string code, string text)
    {
        var r = await _host.PostAsync(query);
        Assert.Equal(code, r.FirstCode);
        Assert.Contains(text, r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_continues_only_the_order_it_came_from()
    {
        var byName = await _host.PostAsync("""{ companies(first: 2, orderBy: { field: NAME_ZH }) { pageInfo { endCursor } } }""");
        var cursor = byName.Data.GetProperty("companies").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var r = await _host.PostAsync("""query($after: String) { companies(after: $after, orderBy: { field: NAME_ZH, direction: DESC }) { totalCount } }""", new { after = cursor });
        Assert.Equal("BAD_INPUT", r.FirstCode);
        Assert.Contains("ordered by NAME_ZH ASC, not by NAME_ZH DESC", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var same = await _host.PostAsync("""query($after: String) { companies(first: 3, after: $after, orderBy: { field: NAME_ZH }) { nodes { nameZh } } }""", new { after = cursor });
        Assert.False(same.HasErrors, same.Body.ToString());
        var expected = _companies.OrderBy(c => c.NameZh, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).Skip(2).Take(3).Select(c => c.NameZh);
        Assert.Equal(expected, same.Data.GetProperty("companies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nameZh").GetString()));
    }
}
