using ChainGraph.Domain.Validation;
using static ChainGraph.Domain.Tests.Validation.Drafts;

namespace ChainGraph.Domain.Tests.Validation;

public sealed class YuanAmountTests
{
    [Theory]
    [InlineData("120亿", "12000000000")]
    [InlineData("1.5万元", "15000")]
    [InlineData("1.50万", "15000")]
    [InlineData("3000000元", "3000000")]
    [InlineData("3000000", "3000000")]
    [InlineData("0.25亿元", "25000000")]
    [InlineData("+2万", "20000")]
    [InlineData("0", "0")]
    [InlineData("1.23456万", "12345.6")]
    public void Amounts_may_carry_wan_or_yi_and_yuan(string text, string expected)
    {
        Assert.True(YuanAmount.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,000万")]
    [InlineData("1.5 万")]
    [InlineData("万")]
    [InlineData("元")]
    [InlineData("亿元")]
    [InlineData("120万亿")]
    [InlineData("120亿美元")]
    [InlineData("¥120")]
    [InlineData("120元万")]
    [InlineData("1e9")]
    [InlineData("十万")]
    [InlineData("99999999999999999999999亿")]
    public void Anything_else_is_not_an_amount(string text) => Assert.False(YuanAmount.TryParse(text, out _));

    [Fact]
    public void An_empty_investment_is_undisclosed_not_zero()
    {
        var draft = One(DataSetSchema.Projects, 2, ("id", "p"), ("name_zh", "项目"), ("region_code", "R"), ("status", "LEAD"), ("status_date", "2023-01-01"));
        Assert.Empty(draft.Problems);
        Assert.Null(draft.Projects[0].Value.InvestmentYuan);
        Assert.Equal(0m, Project("investment_yuan", "0").Projects[0].Value.InvestmentYuan);
    }

    [Fact]
    public void An_investment_in_yi_is_stored_in_yuan()
    {
        var draft = Project("investment_yuan", "120亿");
        Assert.Empty(draft.Problems);
        Assert.Equal(12_000_000_000m, draft.Projects[0].Value.InvestmentYuan);
    }

    [Theory]
    [InlineData("1.2万亿", "revenue_yuan '1.2万亿' is not a number")]
    [InlineData("-3亿", "revenue_yuan -3亿 is negative")]
    [InlineData("1,000", "revenue_yuan '1,000' is not a number")]
    public void Revenue_follows_the_rules_of_investment(string value, string message) =>
        Assert.StartsWith($"companies.csv:2: {message}", Assert.Single(Problems(Company("revenue_yuan", value))), StringComparison.Ordinal);

    [Fact]
    public void Revenue_in_yi_is_stored_in_yuan_and_empty_is_unknown()
    {
        Assert.Equal(400_917_000_000m, Company("revenue_yuan", "4009.17亿").Companies[0].Value.RevenueYuan);
        Assert.Null(Company("name_en", "X").Companies[0].Value.RevenueYuan);
    }
}
