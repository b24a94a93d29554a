namespace ChainGraph.Domain;

/// <summary>
/// Great-circle distances on the mean earth sphere by the haversine formula. Every store computes
/// distances with these methods, so they agree to the last bit.
/// </summary>
public static class Geo
{
    /// <summary>Mean earth radius used by the contract, in km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in km between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        DistanceKm(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));

    /// <summary>Haversine distance in km between prepared points.</summary>
    public static double DistanceKm(in GeoPoint a, in GeoPoint b) => KmFromHaversine(Haversine(a, b));

    /// <summary>
    /// The haversine h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2), from half-angle differences; distances
    /// grow with h, so the nearest point has the smallest h.
    /// </summary>
    public static double Haversine(in GeoPoint a, in GeoPoint b)
    {
        var sinHalfDLat = (b.SinHalfLat * a.CosHalfLat) - (b.CosHalfLat * a.SinHalfLat);
        var sinHalfDLon = (b.SinHalfLon * a.CosHalfLon) - (b.CosHalfLon * a.SinHalfLon);
        return (sinHalfDLat * sinHalfDLat) + (a.CosLat * b.CosLat * sinHalfDLon * sinHalfDLon);
    }

    /// <summary>The distance in km for a haversine value.</summary>
    public static double KmFromHaversine(double h) => 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(Math.Max(0, h))));
}
