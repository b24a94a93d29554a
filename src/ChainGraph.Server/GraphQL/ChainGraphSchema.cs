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
        // The October 2021 introspection additions GraphQL.NET offers: __Directive.isRepeatable and deprecation of
        // arguments and input fields (includeDeprecated on args and inputFields).
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.RegisterVisitor(new DescriptionVisitor());
    }
}
