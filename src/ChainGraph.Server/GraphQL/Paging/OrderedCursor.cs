using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>
/// Opaque cursors of ordered listings: base64url of the listing kind, its order, the last item's key in that order
/// and its id. A cursor that was not handed out, or one of the same listing in another order, is BAD_INPUT.
/// </summary>
public static class OrderedCursor
{
    private const char Separator = '\u001f';

    public static string Encode(string kind, string order, PagePosition position)
    {
        var key = position.Key switch
        {
            { Text: { } text } => "t" + text,
            { Number: { } number } => "n" + number.ToString(CultureInfo.InvariantCulture),
            _ => "-",
        };
        return OpaqueText.Encode(string.Join(Separator, kind, order, key, position.Id));
    }

    /// <summary>The position a cursor holds; <paramref name="order"/> is the order the request asks for.</summary>
    public static PagePosition Decode(string cursor, string kind, string order, string argument)
    {
        var (cursorOrder, position) = TryDecode(cursor, kind) ?? throw NotACursor(cursor, argument);
        if (cursorOrder != order)
        {
            throw BadArgumentException.OutOfRange(argument,
                $"this cursor belongs to a listing ordered by {cursorOrder}, not by {order}: ask for the first page again in the new order");
        }
        return position;
    }

    /// <summary>The order and position a cursor of this kind holds, or null when it is not one.</summary>
    public static (string Order, PagePosition Position)? TryDecode(string cursor, string kind)
    {
        if (OpaqueText.TryDecode(cursor)?.Split(Separator) is not [var k, var order, var key, var id] || k != kind || id.Length == 0)
        {
            return null;
        }
        OrderKey? orderKey = key switch
        {
            "-" => default(OrderKey),
            ['t', .. var rest] => new OrderKey(rest, null),
            ['n', .. var rest] when decimal.TryParse(rest, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => new OrderKey(null, number),
            _ => null,
        };
        return orderKey is { } found ? (order, new PagePosition(id, found)) : null;
    }

    public static BadArgumentException NotACursor(string cursor, string argument) =>
        BadArgumentException.OutOfRange(argument, $"'{OpaqueText.Shown(cursor)}' is not a cursor of this connection: pass the endCursor (or an edge's cursor) of a previous page");

    /// <summary>How an order is named in cursors and messages, e.g. "REVENUE_YUAN DESC".</summary>
    public static string Describe<TField>(TField field, bool descending)
        where TField : struct, Enum =>
        $"{Domain.Text.ContractNames.Of(field)} {(descending ? "DESC" : "ASC")}";
}
