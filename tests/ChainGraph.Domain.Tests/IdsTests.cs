namespace ChainGraph.Domain.Tests;

public sealed class IdsTests
{
    [Fact]
    public void Ids_compare_by_code_point()
    {
        var ids = new List<string> { "b", "a-1", "a", "\U0001F600", "\uFF21", "A" };
        ids.Sort(Ids.Comparer);
        // U+FF21 (BMP) comes before U+1F600 (a surrogate pair in UTF-16) by code point.
        Assert.Equal(["A", "a", "a-1", "b", "\uFF21", "\U0001F600"], ids);
    }
}
