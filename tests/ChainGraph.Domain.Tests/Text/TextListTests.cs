using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Tests.Text;

public sealed class TextListTests
{
    [Theory]
    [InlineData("seg-a", new[] { "seg-a" })]
    [InlineData("  seg-a ", new[] { "seg-a" })]
    [InlineData("", new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("a;b", new[] { "a", "b" })]
    [InlineData(" a ; ;b;a ", new[] { "a", "b" })]
    [InlineData(";", new string[0])]
    public void Items_are_trimmed_empty_ones_dropped_and_repeats_collapsed_in_order(string text, string[] items) =>
        Assert.Equal(items, TextList.Split(text));

    [Fact]
    public void One_item_needing_no_trim_is_the_text_itself()
    {
        var text = "chain6-recycling-0";
        Assert.Same(text, Assert.Single(TextList.Split(text)));
    }
}
