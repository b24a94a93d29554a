using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary>The ChainGraph GraphQL schema; its printed form is the public contract (see the snapshot test).</summary>
public sealed class ChainGraphSchema : Schema
{
    public ChainGraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "ChainGraph: industrial chains, their coverage and gaps in a region, and whom to recruit.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        NameConverter = new OperatorNameConverter();
        this.RegisterVisitor(new DescriptionVisitor());
    }
}
