using System.Buffers.Text;
using System.Text;
using ChainGraph.Domain;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>
/// Pages of a nested list in key order (a company's sites, its supply rows, a region's children): the cursor holds the
/// last key seen, so a page continues after it even when items were added or removed in between.
/// </summary>
public static class KeyedPages
{
    public const int MaxPageSize = 100;

    /// <summary>Adds the first and after arguments of a nested page to a field.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"Page size, 1 to {MaxPageSize} (default 20)"; })
            .Argument<StringGraphType>("after", a => a.Description = "Opaque cursor: the endCursor of the previous page (another value is BAD_INPUT)");

    public static Connection<T> Page<T>(IResolveFieldContext context, string kind, IEnumerable<T> items, Func<T, string> key)
    {
        var first = context.GetArgument("first", 20);
        if (first is < 1 or > MaxPageSize)
        {
            throw BadArgumentException.OutOfRange("first", $"must be between 1 and {MaxPageSize}, not {first}");
        }
        var cursor = context.GetArgument<string?>("after");
        var afterKey = cursor is null ? null : Decode(kind, cursor);
        var sorted = items.OrderBy(key, Ids.Comparer).ToList();
        var rest = afterKey is null ? sorted : sorted.Where(i => Ids.Comparer.Compare(key(i), afterKey) > 0).ToList();
        var edges = rest.Take(first).Select(i => new Edge<T>(i, Encode(kind, key(i)))).ToList();
        return new Connection<T>(edges, sorted.Count, rest.Count > edges.Count, afterKey is not null);
    }

    private static string Encode(string kind, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(kind + ":" + key));

    private static string Decode(string kind, string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal) && text.Length > kind.Length + 1)
            {
                return text[(kind.Length + 1)..];
            }
        }
        catch (FormatException)
        {
        }
        throw BadArgumentException.OutOfRange("after", $"'{(cursor.Length <= 40 ? cursor : cursor[..40] + "...")}' is not a cursor of this list: pass the endCursor (or an edge's cursor) of a previous page");
    }
}
