using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ChainGraph.Server.GraphQL;

/// <summary>The schema in SDL, as served at /graphql/schema.graphql and kept in the snapshot test.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
    }
}
