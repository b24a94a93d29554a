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
}
