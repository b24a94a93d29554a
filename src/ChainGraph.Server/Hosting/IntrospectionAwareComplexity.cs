using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace ChainGraph.Server.Hosting;

/// <summary>Lets introspection through the depth and complexity limits, so GraphiQL and tools keep working.</summary>
internal static class IntrospectionAwareComplexity
{
    public static void Configure(ComplexityOptions options, int maxDepth, int maxComplexity)
    {
        options.MaxDepth = maxDepth;
        options.MaxComplexity = maxComplexity;
        options.ValidateComplexityDelegate = context =>
        {
            var operation = context.ValidationContext.Operation;
            var onlyIntrospection = operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.Value.Span.StartsWith("__"));
            if (onlyIntrospection)
            {
                context.Error = null;
            }
            return Task.CompletedTask;
        };
    }
}
