using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>
/// Opaque page cursors of <c>companies</c>: base64url of the company id and, for an order other than by id, the
/// order and the company's sort key, so a page continues at the right place even after the company changed or went.
/// Clients do not build them; a cursor that was not handed out, or one of a listing in another order, is refused
/// (BAD_INPUT) instead of silently starting somewhere.
/// </summary>
public static class CompanyCursor
{
    private const string Prefix = "company:";
    private const string OrderedPrefix = "company-ordered:";
    private const char Separator = '\u001f';

    public static string Encode(CompanyOrder order, CompanyPosition position)
    {
        if (order.Field == CompanyOrderField.Id)
        {
            return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.Id));
        }
        var key = position.Key switch
        {
            { Text: { } name } => "t" + name,
            { Number: { } number } => "n" + number.ToString(CultureInfo.InvariantCulture),
            _ => "-",
        };
        var text = string.Join(Separator, OrderedPrefix + Describe(order), key, position.Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static CompanyPosition Decode(string cursor, CompanyOrder order, string argument)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw NotACursor(cursor, argument);
        }
        var (cursorOrder, position) = Parse(text) ?? throw NotACursor(cursor, argument);
        if (cursorOrder != Describe(order))
        {
            throw BadArgumentException.OutOfRange(argument,
                $"this cursor belongs to a listing ordered by {cursorOrder}, not by {Describe(order)}: ask for the first page again in the new order");
        }
        return position;
    }

    private static (string Order, CompanyPosition Position)? Parse(string text)
    {
        if (text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length)
        {
            return (Describe(CompanyOrder.ById), new CompanyPosition(text[Prefix.Length..]));
        }
        if (!text.StartsWith(OrderedPrefix, StringComparison.Ordinal) || text.Split(Separator) is not [var head, var key, var id] || id.Length == 0)
        {
            return null;
        }
        CompanySortKey? sortKey = key switch
        {
            "-" => default(CompanySortKey),
            ['t', .. var rest] => new CompanySortKey(rest, null),
            ['n', .. var rest] when decimal.TryParse(rest, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => new CompanySortKey(null, number),
            _ => null,
        };
        return sortKey is { } k ? (head[OrderedPrefix.Length..], new CompanyPosition(id, k)) : null;
    }

    private static string Describe(CompanyOrder order) => $"{ContractNames.Of(order.Field)} {(order.Descending ? "DESC" : "ASC")}";

    private static BadArgumentException NotACursor(string cursor, string argument) =>
        BadArgumentException.OutOfRange(argument, $"'{Shown(cursor)}' is not a cursor of this connection: pass the endCursor (or an edge's cursor) of a previous page");

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
