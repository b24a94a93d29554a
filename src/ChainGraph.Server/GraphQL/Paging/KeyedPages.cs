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
    /// <summary>Adds the first and after arguments of a nested page to a field.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", a => { a.DefaultValue = PageSize.Default; a.Description = PageSize.Description; })
            .Argument<StringGraphType>("after", a => a.Description = "Opaque cursor: the endCursor of the previous page (another value is BAD_INPUT)");

    public static Connection<T> Page<T>(IResolveFieldContext context, string kind, IEnumerable<T> items, Func<T, string> key)
    {
        var first = PageSize.Of(context);
        var cursor = context.GetArgument<string?>("after");
        var afterKey = cursor is null ? null : Decode(kind, cursor);
        var sorted = items.OrderBy(key, Ids.Comparer).ToList();
        var rest = afterKey is null ? sorted : sorted.Where(i => Ids.Comparer.Compare(key(i), afterKey) > 0).ToList();
        var edges = rest.Take(first).Select(i => new Edge<T>(i, Encode(kind, key(i)))).ToList();
        return new Connection<T>(edges, sorted.Count, rest.Count > edges.Count, afterKey is not null);
    }

    private static string Encode(string kind, string key) => OpaqueText.Encode(kind + ":" + key);

    private static string Decode(string kind, string cursor) =>
        OpaqueText.TryDecode(cursor) is { } text && text.StartsWith(kind + ":", StringComparison.Ordinal) && text.Length > kind.Length + 1
            ? text[(kind.Length + 1)..]
            : throw BadArgumentException.OutOfRange("after", $"'{OpaqueText.Shown(cursor)}' is not a cursor of this list: pass the endCursor (or an edge's cursor) of a previous page");
}
