using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Contract;

/// <summary>
/// Company listings (filters, OR, orders, pages) against a naive reading of the graph-seed files: the expected
/// answer is computed from the CSV rows alone, never through the store.
/// </summary>
public abstract partial class ImportContract
{
    [Fact]
    public async Task Company_listings_match_a_naive_reading_of_the_data_set()
    {
        await ImportAsync(Repo.GraphSeed);
        var data = DataSetReader.ReadFolder(Repo.GraphSeed).ToChangeSet(false);
        var oracle = new ListingOracle(data);
        var random = new Random(20261201);
        for (var round = 0; round < 80; round++)
        {
            var query = oracle.RandomQuery(random, nested: false) with { Order = ListingOracle.RandomOrder(random) };
            if (random.Next(3) == 0)
            {
                query = query with { AnyOf = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => oracle.RandomQuery(random, nested: true))] };
            }
            var expected = oracle.Answer(query);
            var pageSize = random.Next(1, 60);
            var seen = new List<string>();
            PagePosition? after = null;
            for (var pages = 0; pages < 500; pages++)
            {
                var page = await Store.FindCompaniesAsync(query, pageSize, after);
                Assert.True(expected.Count == page.TotalCount, $"round {round}: total {page.TotalCount}, expected {expected.Count} for {Describe(query)}");
                seen.AddRange(page.Items.Select(c => c.Id));
                if (!page.HasNextPage)
                {
                    break;
                }
                after = query.Order.PositionOf(page.Items[^1]);
            }
            Assert.True(expected.SequenceEqual(seen), $"round {round}: {Describe(query)} page size {pageSize}\nexpected {string.Join(",", expected.Take(12))}\nactual   {string.Join(",", seen.Take(12))}");
        }
    }

    [Fact]
    public async Task A_page_continues_after_its_cursor_company_changed_or_went()
    {
        await ImportAsync(Repo.GraphSeed);
        var order = new CompanyOrder(CompanyOrderField.RevenueYuan, Descending: true);
        var query = new CompanyQuery { Order = order };
        var first = await Store.FindCompaniesAsync(query, 5, null);
        var last = first.Items[^1];
        var position = order.PositionOf(last);
        await Store.ApplyAsync(new ChangeSet { Companies = [last with { RevenueYuan = 1m }] });
        var next = await Store.FindCompaniesAsync(query, 5, position);
        var expected = (await Store.FindCompaniesAsync(query, 11, null)).Items
            .Where(c => c.Id != last.Id).Skip(4).Take(5).Select(c => c.Id).ToArray();
        Assert.Equal(expected, next.Items.Select(c => c.Id).ToArray());
    }

    private static string Describe(CompanyQuery q) =>
        $"name={q.NameContains} region={q.RegionCode} segment={q.SegmentId} tags={q.Tags} ids={Join(q.Ids)} regions={Join(q.RegionCodes)} " +
        $"segments={Join(q.SegmentIds)} anyTags={q.AnyTags} founded={q.FoundedFrom}..{q.FoundedTo} revenue>={q.RevenueYuanAtLeast} " +
        $"anyOf={q.AnyOf?.Count ?? 0} order={q.Order.Field}{(q.Order.Descending ? " desc" : "")}";

    private static string Join(IReadOnlyList<string>? values) => values is null ? "-" : string.Join("|", values);
}
