namespace ChainGraph.Server.GraphQL.Types;

public sealed class ScoreWeightsInput
{
    public double? AnchorTies { get; set; }
    public double? Credentials { get; set; }
    public double? Proximity { get; set; }
}
