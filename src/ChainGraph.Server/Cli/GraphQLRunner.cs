using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ChainGraph.Server.GraphQL;
using GraphQL;

namespace ChainGraph.Server.Cli;

/// <summary>
/// Runs a GraphQL document in process against a store, so the query verbs print exactly what the
/// service would answer.
/// </summary>
internal sealed class GraphQLRunner : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public GraphQLRunner(IGraphStore store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(store);
        services.AddChainGraphGraphQL(new GraphQLLimitsOptions(), development: false);
        _services = services.BuildServiceProvider();
    }

    /// <summary>The value of the document's first field, or the first error (with its code).</summary>
    public async Task<(JsonElement? Data, string? ErrorCode, string? ErrorMessage)> RunAsync(string query, IDictionary<string, object?> variables, string field, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ChainGraphSchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = new Inputs(variables),
            RequestServices = scope.ServiceProvider,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        if (document.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() : ErrorCodes.Internal;
            return (null, code, first.GetProperty("message").GetString());
        }
        return (document.RootElement.GetProperty("data").GetProperty(field).Clone(), null, null);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
