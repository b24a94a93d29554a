using ChainGraph.Domain.Store;
using ChainGraph.Server.GraphQL.Paging;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>
/// Page cursors of <c>companies</c>: for the default order by id, base64url of "company:" and the id (the form of
/// contract version 2); for other orders an <see cref="OrderedCursor"/> holding the order and the sort key, so a page
/// continues at the right place even after the company changed or went.
/// </summary>
public static class CompanyCursor
{
    private const string Prefix = "company:";
    private const string Kind = "companies";

    public static string Encode(CompanyOrder order, PagePosition position) =>
        order.Field == CompanyOrderField.Id
            ? OpaqueText.Encode(Prefix + position.Id)
            : OrderedCursor.Encode(Kind, Describe(order), position);

    public static PagePosition Decode(string cursor, CompanyOrder order, string argument)
    {
        if (ById(cursor) is { } id)
        {
            return order.Field == CompanyOrderField.Id
                ? new PagePosition(id)
                : throw Domain.BadArgumentException.OutOfRange(argument,
                    $"this cursor belongs to a listing ordered by {Describe(CompanyOrder.ById)}, not by {Describe(order)}: ask for the first page again in the new order");
        }
        if (order.Field == CompanyOrderField.Id && OrderedCursor.TryDecode(cursor, Kind) is { } other)
        {
            throw Domain.BadArgumentException.OutOfRange(argument,
                $"this cursor belongs to a listing ordered by {other.Order}, not by {Describe(order)}: ask for the first page again in the new order");
        }
        return OrderedCursor.Decode(cursor, Kind, Describe(order), argument);
    }

    private static string? ById(string cursor) =>
        OpaqueText.TryDecode(cursor) is { } text && text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length ? text[Prefix.Length..] : null;

    private static string Describe(CompanyOrder order) => OrderedCursor.Describe(order.Field, order.Descending);
}
