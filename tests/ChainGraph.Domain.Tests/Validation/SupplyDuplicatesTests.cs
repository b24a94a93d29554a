using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

/// <summary>The supplies' duplicate keys, found with a table of their own, against a plain grouping of the same rows.</summary>
public sealed class SupplyDuplicatesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_repeated_key_is_reported_at_each_later_row_with_its_first_line(int seed)
    {
        var random = new Random(seed);
        var draft = new DataSetDraft();
        var ids = Enumerable.Range(0, 12).Select(i => $"c{i}").ToArray();
        string?[] segments = [null, "s1", "s2"];
        var rows = new List<(int Line, string Supplier, string Customer, string? Segment)>();
        for (var line = 2; line < 3_000; line++)
        {
            var row = (line, ids[random.Next(ids.Length)], ids[random.Next(ids.Length)], segments[random.Next(segments.Length)]);
            rows.Add(row);
            draft.AddRow(DataSetSchema.Supplies, Row(line, [("supplier_id", row.Item2), ("customer_id", row.Item3), .. row.Item4 is null ? Array.Empty<(string, string)>() : [("segment_id", row.Item4)]]));
        }

        await DataSetValidator.ValidateAsync(draft, new KnownKeys(), replaceAll: true);

        var expected = rows
            .GroupBy(r => (r.Supplier, r.Customer, r.Segment))
            .SelectMany(g => g.Skip(1).Select(r => $"supplies.csv:{r.Line}: duplicate key '{r.Supplier}->{r.Customer}{(r.Segment is null ? "" : $" ({r.Segment})")}' (first at line {g.First().Line})"))
            .Order(StringComparer.Ordinal);
        var reported = Problems(draft).Where(p => p.Contains("duplicate key", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, reported);
        Assert.NotEmpty(reported);
    }

    [Fact]
    public async Task Supplies_listed_supplier_by_supplier_are_compared_within_each_supplier()
    {
        // suppliers in ascending order, each one's customers in any order (as the generated data sets list them)
        (string Supplier, string Customer, string? Segment)[] keys =
            [("a", "c", null), ("a", "b", "s1"), ("a", "b", null), ("a", "b", "s2"), ("b", "c", "s1"), ("b", "a", "s1"), ("c", "a", null)];
        Assert.True(Grouped(keys, out var none));
        Assert.Empty(none);
        Assert.Empty(await DuplicatesIn(keys));

        // the same key twice for one supplier, next to each other or not: each later row with its first
        (string, string, string?)[] repeated = [.. keys[..4], ("a", "b", "s1"), ("a", "c", null), .. keys[4..]];
        string[] expected =
        [
            "supplies.csv:6: duplicate key 'a->b (s1)' (first at line 3)",
            "supplies.csv:7: duplicate key 'a->c' (first at line 2)",
        ];
        Assert.True(Grouped(repeated, out var found));
        Assert.Equal(expected, found);
        Assert.Equal(expected, await DuplicatesIn(repeated));

        // a supplier listed again after another: not grouped, so nothing is said here and the table finds the repeat
        (string, string, string?)[] late = [.. keys, keys[0]];
        Assert.False(Grouped(late, out var notSaid));
        Assert.Empty(notSaid);
        Assert.Equal(["supplies.csv:9: duplicate key 'a->c' (first at line 2)"], await DuplicatesIn(late));
    }

    [Fact]
    public async Task A_supplier_of_many_customers_is_checked_with_a_table_of_its_own()
    {
        var keys = Enumerable.Range(0, 40).Select(i => ("a", $"c{(i * 7) % 40:00}", (string?)null)).ToList();
        keys.Insert(30, ("a", "c21", null));
        keys.Add(("b", "c00", null));
        var listed = keys.ToArray();

        Assert.True(Grouped(listed, out var found));
        var first = Array.IndexOf(listed, ("a", "c21", (string?)null)) + 2;
        Assert.Equal([$"supplies.csv:32: duplicate key 'a->c21' (first at line {first})"], found);
        Assert.Equal(found, await DuplicatesIn(listed));
    }

    private static bool Grouped((string Supplier, string Customer, string? Segment)[] keys, out string[] problems)
    {
        var found = new List<ValidationProblem>();
        var grouped = DuplicateKeys.DuplicatesBySupplier(found, Draft(keys).Supplies);
        problems = found.Select(p => p.ToString()).ToArray();
        return grouped;
    }

    [Fact]
    public async Task Company_ids_in_ascending_order_skip_the_table_and_a_repeat_is_still_reported()
    {
        var draft = new DataSetDraft();
        string[] ids = ["c1", "c2", "c2", "c3"];
        for (var i = 0; i < ids.Length; i++)
        {
            draft.AddRow(DataSetSchema.Companies, Row(i + 2, ("id", ids[i]), ("name_zh", "公司" + i)));
        }
        Assert.False(DuplicateKeys.InKeyOrder(draft.Companies, c => c.Id));
        Assert.True(DuplicateKeys.InKeyOrder(draft.Companies.Where((_, i) => i != 2).ToList(), c => c.Id));

        await DataSetValidator.ValidateAsync(draft, new KnownKeys(), replaceAll: true);

        Assert.Equal(["companies.csv:4: duplicate key 'c2' (first at line 3)"], Problems(draft).Where(p => p.Contains("duplicate", StringComparison.Ordinal)));
    }

    private static DataSetDraft Draft((string Supplier, string Customer, string? Segment)[] keys)
    {
        var draft = new DataSetDraft();
        for (var i = 0; i < keys.Length; i++)
        {
            var (supplier, customer, segment) = keys[i];
            draft.AddRow(DataSetSchema.Supplies, Row(i + 2, [("supplier_id", supplier), ("customer_id", customer), .. segment is null ? Array.Empty<(string, string)>() : [("segment_id", segment)]]));
        }
        return draft;
    }

    private static async Task<string[]> DuplicatesIn((string Supplier, string Customer, string? Segment)[] keys)
    {
        var draft = Draft(keys);
        await DataSetValidator.ValidateAsync(draft, new KnownKeys(), replaceAll: true);
        return Problems(draft).Where(p => p.Contains("duplicate key", StringComparison.Ordinal)).ToArray();
    }
}
