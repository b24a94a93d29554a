namespace ChainGraph.Domain.Store;

/// <summary>What companies can be ordered by. Names order by Unicode code point (not pinyin).</summary>
public enum CompanyOrderField
{
    Id,
    NameZh,
    NameEn,
    Founded,
    Employees,
    RevenueYuan,
}
