namespace ChainGraph.Domain.Analysis;

/// <summary>Weights of the recruitment score; the defaults are 3, 1 and 2.</summary>
public sealed record ScoreWeights(double AnchorTies = 3, double Credentials = 1, double Proximity = 2)
{
    public static ScoreWeights Default { get; } = new();

    /// <summary>The weights a query asked for, each one it left out keeping its default.</summary>
    public static ScoreWeights WithDefaults(double? anchorTies, double? credentials, double? proximity) =>
        new(anchorTies ?? Default.AnchorTies, credentials ?? Default.Credentials, proximity ?? Default.Proximity);
}
