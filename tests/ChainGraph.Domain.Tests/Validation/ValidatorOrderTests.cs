using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

/// <summary>
/// The cross-row checks run side by side, each file's on its own; the problems still come in one order: every duplicate
/// key in the data set's file order, then every reference to nothing, then every cycle, as one check after another
/// adds them.
/// </summary>
public sealed class ValidatorOrderTests
{
    [Fact]
    public async Task Problems_of_many_files_come_in_the_same_order_every_time()
    {
        string[]? first = null;
        for (var run = 0; run < 5; run++)
        {
            var draft = Broken();
            await DataSetValidator.ValidateAsync(draft, new KnownKeys((EntityKind.Company, "stored")), replaceAll: false);
            var problems = Problems(draft);
            first ??= problems;
            Assert.Equal(first, problems);
        }
        Assert.NotNull(first);

        // duplicates by file, then references by file, then cycles
        Assert.Equal(
            [
                "companies.csv:4: duplicate key 'c1' (first at line 2)",
                "sites.csv:302: duplicate key 's0' (first at line 2)",
                "supplies.csv:2002: duplicate key 'c1->c2' (first at line 2)",
            ],
            first.Where(p => p.Contains("duplicate", StringComparison.Ordinal)));
        var kinds = first.Select(p => p.Contains("duplicate", StringComparison.Ordinal) ? 0 : p.Contains("refers to", StringComparison.Ordinal) ? 1 : 2).ToArray();
        Assert.Equal(kinds.Order(), kinds);
        var references = first.Where(p => p.Contains("refers to", StringComparison.Ordinal)).ToArray();
        // a parent, 300 sites' companies, every site's region and segment (the draft defines none), 1,999 suppliers
        Assert.Equal(1 + 300 + (2 * 301) + 1999, references.Length);
        Assert.Equal(
            ["companies.csv", "sites.csv", "supplies.csv"],
            references.Select(p => p.Split(':')[0]).Distinct());
        Assert.Contains("companies.csv:5: parent_id forms a cycle: a -> b -> a", first);
        Assert.DoesNotContain(first, p => p.Contains("stored", StringComparison.Ordinal));
    }

    /// <summary>A draft with duplicate keys, references to nothing and a parent cycle in several files.</summary>
    private static DataSetDraft Broken()
    {
        var draft = new DataSetDraft();
        var line = 2;
        foreach (var (id, parent) in new[] { ("c1", "nobody"), ("c2", "stored"), ("c1", null), ("a", "b"), ("b", "a") })
        {
            draft.AddRow(DataSetSchema.Companies, Row(line++, [("id", id), ("name_zh", "公司"), .. parent is null ? Array.Empty<(string, string)>() : [("parent_id", parent)]]));
        }
        for (var i = 0; i < 300; i++)
        {
            draft.AddRow(DataSetSchema.Sites, Row(i + 2, ("id", $"s{i % 300}"), ("company_id", $"x{i}"), ("region_code", "R"), ("lat", "23"), ("lon", "112"), ("kind", "PLANT"), ("segment_ids", "seg")));
        }
        draft.AddRow(DataSetSchema.Sites, Row(302, ("id", "s0"), ("company_id", "c1"), ("region_code", "R"), ("lat", "23"), ("lon", "112"), ("kind", "PLANT"), ("segment_ids", "seg")));
        for (var i = 0; i < 2000; i++)
        {
            draft.AddRow(DataSetSchema.Supplies, Row(i + 2, ("supplier_id", i == 0 ? "c1" : $"y{i}"), ("customer_id", "c2")));
        }
        draft.AddRow(DataSetSchema.Supplies, Row(2002, ("supplier_id", "c1"), ("customer_id", "c2")));
        return draft;
    }
}
