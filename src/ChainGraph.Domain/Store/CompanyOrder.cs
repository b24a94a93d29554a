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
    public CompanySortKey KeyOf(Company company) => Field switch
    {
        CompanyOrderField.Id => new CompanySortKey(null, null),
        CompanyOrderField.NameZh => new CompanySortKey(company.NameZh, null),
        CompanyOrderField.NameEn => new CompanySortKey(company.NameEn, null),
        CompanyOrderField.Founded => new CompanySortKey(null, company.Founded),
        CompanyOrderField.Employees => new CompanySortKey(null, company.Employees),
        CompanyOrderField.RevenueYuan => new CompanySortKey(null, company.RevenueYuan),
        _ => throw new InvalidOperationException($"unknown order field {Field}"),
    };

    /// <summary>Compares two positions in this order.</summary>
    public int Compare(CompanyPosition x, CompanyPosition y)
    {
        if (Field != CompanyOrderField.Id)
        {
            var (xMissing, yMissing) = (x.Key.IsMissing, y.Key.IsMissing);
            if (xMissing != yMissing)
            {
                return xMissing ? 1 : -1; // missing values last, in both directions
            }
            if (!xMissing)
            {
                var byKey = x.Key.Text is not null
                    ? Ids.Comparer.Compare(x.Key.Text, y.Key.Text)
                    : x.Key.Number!.Value.CompareTo(y.Key.Number!.Value);
                if (byKey != 0)
                {
                    return Descending ? -byKey : byKey;
                }
            }
        }
        return Ids.Comparer.Compare(x.Id, y.Id);
    }

    /// <summary>The position of a company in this order.</summary>
    public CompanyPosition PositionOf(Company company) => new(company.Id, KeyOf(company));
}
