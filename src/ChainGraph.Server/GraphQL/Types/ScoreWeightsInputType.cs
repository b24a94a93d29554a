using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class ScoreWeightsInputType : InputObjectGraphType<ScoreWeightsInput>
{
    public ScoreWeightsInputType()
    {
        Name = "ScoreWeightsInput";
        Description = "Finite non-negative weights; a weight left out keeps its default (3, 1, 2).";
        Field(x => x.AnchorTies, nullable: true);
        Field(x => x.Credentials, nullable: true);
        Field(x => x.Proximity, nullable: true);
    }
}
