using System.Text.RegularExpressions;
using ChainGraph.Domain.Validation;

namespace ChainGraph.Domain.Tests.Validation;

/// <summary>The number forms of the format, checked without a regular expression for every numeric cell of an import, against the expressions that define them.</summary>
public sealed class NumberFormTests
{
    private static readonly Regex Number = new(@"^[+-]?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);
    private static readonly Regex Whole = new(@"^[+-]?[0-9]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex Year = new(@"^[0-9]+\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("23.5")]
    [InlineData("-0.25")]
    [InlineData("+7")]
    [InlineData("1998")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("٣")]
    [InlineData("1,5")]
    [InlineData("+-1")]
    [InlineData(" 1")]
    [InlineData("1\n")]
    public void Written_cases_agree_with_the_expressions(string text) => Agree(text);

    [Fact]
    public void Random_texts_of_number_characters_agree_with_the_expressions()
    {
        var random = new Random(20261203);
        const string Alphabet = "0123456789+-.e ٣\n";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            Agree(text);
        }
    }

    private static void Agree(string text)
    {
        Assert.True(Number.IsMatch(text) == CellReader.IsNumber(text, sign: true, decimals: true), $"number form of '{text}'");
        Assert.True(Whole.IsMatch(text) == CellReader.IsNumber(text, sign: true, decimals: false), $"whole number form of '{text}'");
        Assert.True(Year.IsMatch(text) == CellReader.IsNumber(text, sign: false, decimals: false), $"year form of '{text}'");
    }
}
