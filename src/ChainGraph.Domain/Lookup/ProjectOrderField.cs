namespace ChainGraph.Domain.Lookup;

/// <summary>What projects can be ordered by.</summary>
public enum ProjectOrderField
{
    Id,
    NameZh,
    StatusDate,
    InvestmentYuan,
}
