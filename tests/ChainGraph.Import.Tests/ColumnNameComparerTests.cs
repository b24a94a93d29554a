using ChainGraph.Domain.Validation;

namespace ChainGraph.Import.Tests;

/// <summary>The comparer keying a row's cells: names equal by content are equal, whichever string instances they are.</summary>
public sealed class ColumnNameComparerTests
{
    [Fact]
    public void Names_equal_by_content_are_equal_and_hash_alike_and_different_names_differ()
    {
        var comparer = ColumnNameComparer.Instance;
        var read = new string("company_id".ToCharArray());

        Assert.NotSame("company_id", read);
        Assert.True(comparer.Equals("company_id", read));
        Assert.Equal(comparer.GetHashCode("company_id"), comparer.GetHashCode(read));
        Assert.False(comparer.Equals("company_id", "segment_id"));
        Assert.False(comparer.Equals("company_id", null));
        Assert.Equal(0, comparer.GetHashCode(string.Empty));
    }

    [Fact]
    public void Cells_keyed_by_every_column_of_the_format_are_found_by_names_made_anew()
    {
        // every column of every file, keyed as the reader keys them, found by a copy of its name (a rule asking by a name
        // that is not the format's own instance) and by the format's own
        foreach (var file in DataSetSchema.Files)
        {
            var cells = new Dictionary<string, string>(ColumnNameComparer.Instance);
            foreach (var column in file.Columns)
            {
                cells[column] = column + "=value";
            }
            foreach (var column in file.Columns)
            {
                Assert.Equal(column + "=value", cells[new string(column.ToCharArray())]);
                Assert.Equal(column + "=value", cells[column]);
            }
            Assert.Equal(file.Columns.Count, cells.Count);
        }
    }
}
