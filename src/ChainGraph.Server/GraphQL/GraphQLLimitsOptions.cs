using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.GraphQL;

/// <summary>Limits on GraphQL requests (configuration section <c>ChainGraph:GraphQL</c>).</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "ChainGraph:GraphQL";

    /// <summary>Deepest allowed selection nesting (introspection has its own bounds below).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest allowed estimated cost of a query (introspection has its own bounds below).</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest request body, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Most fields a document may select once every fragment spread is expanded in place. Checked on the
    /// parsed document before validation, so fragment fan-out cannot make validation or execution explode.
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxSelectedFields { get; set; } = 2_000;

    /// <summary>Most fields in one selection set (fragments merged in) that answer under the same name.</summary>
    [Range(1, 10_000)]
    public int MaxFieldsPerResponseName { get; set; } = 10;

    /// <summary>
    /// Deepest nesting of introspection's list fields (types, fields, args, inputFields, interfaces,
    /// possibleTypes, enumValues) along one path; the standard introspection query needs 3.
    /// </summary>
    [Range(1, 20)]
    public int MaxIntrospectionListDepth { get; set; } = 3;

    /// <summary>Most fields an answer may hold; a request that would produce more is stopped and refused.</summary>
    [Range(100, 100_000_000)]
    public int MaxResultFields { get; set; } = 200_000;

    /// <summary>Most errors listed in one response; the rest are counted in a last error.</summary>
    [Range(1, 10_000)]
    public int MaxErrors { get; set; } = 20;

    /// <summary>Longest a request may execute, in seconds; then it is cancelled and answers TIMEOUT.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 15;
}
