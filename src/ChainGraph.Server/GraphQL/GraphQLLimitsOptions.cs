using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.GraphQL;

/// <summary>Limits on GraphQL requests (configuration section <c>ChainGraph:GraphQL</c>).</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "ChainGraph:GraphQL";

    /// <summary>Deepest allowed selection nesting (introspection is exempt).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest allowed estimated cost of a query (introspection is exempt).</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest request body, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 64 * 1024;
}
