using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.Mcp;

/// <summary>The <c>weights</c> argument of <c>recruitTargets</c>, as GraphQL's ScoreWeightsInput: a weight left out keeps its default.</summary>
public sealed class WeightsArgument
{
    [Description("Weight of tieStrength (ties to local anchors' groups, by supply confidence); default 3."), Range(0, double.MaxValue)]
    public double? AnchorTies { get; set; }

    [Description("Weight of credentials (HIGH_TECH, SRDI, LISTED: 0 to 3); default 1."), Range(0, double.MaxValue)]
    public double? Credentials { get; set; }

    [Description("Weight of proximity (1 at the region's point, 0 at 1000 km or more); default 2."), Range(0, double.MaxValue)]
    public double? Proximity { get; set; }
}
