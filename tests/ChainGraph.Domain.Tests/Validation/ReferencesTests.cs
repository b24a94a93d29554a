using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class ReferencesTests
{
    [Fact]
    public async Task Every_dangling_reference_is_reported_also_between_and_after_rows_that_repeat_a_good_one()
    {
        var draft = new DataSetDraft();
        draft.AddRow(DataSetSchema.Companies, Row(2, ("id", "c1"), ("name_zh", "一")));
        draft.AddRow(DataSetSchema.Companies, Row(3, ("id", "c2"), ("name_zh", "二")));
        // one string instance for c1, as the reader shares them, and one equal copy of it
        var c1 = "c1";
        var copy = new string(c1.AsSpan());
        (string Supplier, string Customer)[] supplies =
            [(c1, "c2"), (c1, "ghost"), ("c2", "ghost"), ("ghost", c1), (c1, "stored"), (copy, "c1"), ("ghost", "c2")];
        for (var i = 0; i < supplies.Length; i++)
        {
            draft.AddRow(DataSetSchema.Supplies, Row(2 + i, ("supplier_id", supplies[i].Supplier), ("customer_id", supplies[i].Customer)));
        }

        await DataSetValidator.ValidateAsync(draft, new KnownKeys((EntityKind.Company, "stored")), replaceAll: false);

        Assert.Equal(
            [
                "supplies.csv:3: customer_id refers to company 'ghost', which is neither in the data set nor in the store",
                "supplies.csv:4: customer_id refers to company 'ghost', which is neither in the data set nor in the store",
                "supplies.csv:5: supplier_id refers to company 'ghost', which is neither in the data set nor in the store",
                "supplies.csv:8: supplier_id refers to company 'ghost', which is neither in the data set nor in the store",
            ],
            Problems(draft).Order(StringComparer.Ordinal));
    }
}
