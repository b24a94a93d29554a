using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// The order of a company listing: by a field, ascending or descending; companies without a value for the field
/// come last in either direction, and ties are broken by id ascending, so every order is total and pages are stable.
/// </summary>
public readonly record struct CompanyOrder(CompanyOrderField Field, bool Descending = false)
{
    public static CompanyOrder ById => new(CompanyOrderField.Id);

    /// <summary>The company's sort key for this order (null: it has no value and sorts last).</summary>
    public OrderKey KeyOf(Company company) => Field switch
    {
        CompanyOrderField.Id => new OrderKey(null, null),
        CompanyOrderField.NameZh => new OrderKey(company.NameZh, null),
        CompanyOrderField.NameEn => new OrderKey(company.NameEn, null),
        CompanyOrderField.Founded => new OrderKey(null, company.Founded),
        CompanyOrderField.Employees => new OrderKey(null, company.Employees),
        CompanyOrderField.RevenueYuan => new OrderKey(null, company.RevenueYuan),
        _ => throw new InvalidOperationException($"unknown order field {Field}"),
    };

    /// <summary>Compares two positions in this order.</summary>
    public int Compare(PagePosition x, PagePosition y) => PositionOrder.Compare(x, y, Field != CompanyOrderField.Id, Descending);

    /// <summary>The position of a company in this order.</summary>
    public PagePosition PositionOf(Company company) => new(company.Id, KeyOf(company));
}
