using ChainGraph.Server.Security;

namespace ChainGraph.Server.GraphQL;

/// <summary>Who is asking, for resolvers and logs.</summary>
public sealed class ChainGraphUserContext : Dictionary<string, object?>
{
    public CallerRole Role { get; init; }

    public string? KeyName { get; init; }
}
