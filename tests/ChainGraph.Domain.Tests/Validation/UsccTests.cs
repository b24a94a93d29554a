using ChainGraph.Domain.Validation;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class UsccTests
{
    [Theory]
    // Check characters worked out by hand with the GB 32100-2015 weights (3^i mod 31).
    [InlineData("91441200MA4W7Q2K3M")]
    [InlineData("91350100M000100Y43")]
    public void A_code_with_the_right_check_character_is_valid(string code) => Assert.Null(Uscc.Check(code));

    [Fact]
    public void A_wrong_check_character_is_named() =>
        Assert.Equal("uscc '91441200MA4W7Q2K3A' has check character 'A', expected 'M'", Uscc.Check("91441200MA4W7Q2K3A"));

    [Fact]
    public void Letters_outside_the_alphabet_are_rejected() =>
        Assert.Contains("'I' at position 9", Uscc.Check("91441200IA4W7Q2K3M"), StringComparison.Ordinal);

    [Fact]
    public void The_length_must_be_18() =>
        Assert.Equal("uscc '9144' must be 18 characters, not 4", Uscc.Check("9144"));
}
