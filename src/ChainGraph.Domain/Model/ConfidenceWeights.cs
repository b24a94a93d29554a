namespace ChainGraph.Domain.Model;

/// <summary>The weight of a supply row's confidence in the recruitment score: VERIFIED 1.0, REPORTED 0.6, UNVERIFIED 0.3.</summary>
public static class ConfidenceWeights
{
    public static double Of(SupplyConfidence confidence) => confidence switch
    {
        SupplyConfidence.Verified => 1.0,
        SupplyConfidence.Reported => 0.6,
        _ => 0.3,
    };
}
