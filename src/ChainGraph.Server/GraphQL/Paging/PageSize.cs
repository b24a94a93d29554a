using ChainGraph.Domain;
using GraphQL;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>The <c>first</c> argument of every paged field: 1 to <see cref="Max"/>, 20 when left out.</summary>
public static class PageSize
{
    public const int Max = 100;

    public const int Default = 20;

    public static readonly string Description = $"Page size, 1 to {Max} (default {Default})";

    /// <summary>The field's <c>first</c>, checked (BAD_INPUT naming it when out of range).</summary>
    public static int Of(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", Default);
        return first is < 1 or > Max
            ? throw BadArgumentException.OutOfRange("first", $"must be between 1 and {Max}, not {first}")
            : first;
    }
}
