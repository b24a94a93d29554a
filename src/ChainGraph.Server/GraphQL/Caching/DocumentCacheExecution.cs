using GraphQL;
using GraphQL.DI;

namespace ChainGraph.Server.GraphQL.Caching;

/// <summary>
/// Puts <see cref="ValidatedDocumentCache"/> into GraphQL.NET's execution: a query text seen before runs its cached
/// document with only the validation rules that depend on the request (registered with
/// <c>useForCachedDocuments: true</c>, such as the operation access rule, which looks at the caller); a document that
/// validates and executes is cached for next time. It runs after the rule registrations (sort order 200), so the
/// rule lists it chooses between are complete.
/// </summary>
public sealed class DocumentCacheExecution(ValidatedDocumentCache cache) : IConfigureExecution
{
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var hit = false;
        if (options.Query is { } query && cache.TryGet(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            hit = true;
        }
        var result = await next(options).ConfigureAwait(false);
        if (!hit && result.Executed && result.Document is not null && options.Query is { } text)
        {
            cache.Add(text, result.Document);
        }
        return result;
    }
}
