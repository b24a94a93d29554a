using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Store;
using ChainGraph.Server.GraphQL.Loaders;
using GraphQL;

namespace ChainGraph.Server.GraphQL;

/// <summary>Services a resolver needs, from the request's scope.</summary>
internal static class ResolveContextExtensions
{
    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    public static ChainEngine Engine(this IResolveFieldContext context) => new(context.Store());

    public static EntityLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<EntityLoaders>();
}
