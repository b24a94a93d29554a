namespace ChainGraph.Domain;

/// <summary>Great-circle distances on the mean earth sphere, by the haversine formula.</summary>
public static class Geo
{
    /// <summary>Mean earth radius used by the contract, in km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in km between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        DistanceKm(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));

    /// <summary>Haversine distance in km; the same result as the degree overload, bit for bit.</summary>
    public static double DistanceKm(in GeoPoint a, in GeoPoint b)
    {
        var dp = b.LatRad - a.LatRad;
        var dl = b.LonRad - a.LonRad;
        var sp = Math.Sin(dp / 2);
        var sl = Math.Sin(dl / 2);
        var h = (sp * sp) + (a.CosLat * b.CosLat * sl * sl);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
