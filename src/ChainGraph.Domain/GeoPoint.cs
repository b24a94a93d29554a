namespace ChainGraph.Domain;

/// <summary>A point with its latitude and longitude in radians and the cosine of its latitude, for repeated distances.</summary>
public readonly struct GeoPoint
{
    public GeoPoint(double latDeg, double lonDeg)
    {
        LatRad = latDeg * Math.PI / 180;
        LonRad = lonDeg * Math.PI / 180;
        CosLat = Math.Cos(LatRad);
    }

    public double LatRad { get; }

    public double LonRad { get; }

    public double CosLat { get; }
}
