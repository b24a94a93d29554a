namespace ChainGraph.Domain;

/// <summary>
/// A point prepared for repeated haversine distances: the sine and cosine of half its latitude and half its
/// longitude, and the cosine of its latitude. Distances between prepared points need no trigonometry
/// but the final arcsine.
/// </summary>
public readonly struct GeoPoint
{
    public GeoPoint(double latDeg, double lonDeg)
    {
        var lat = latDeg * Math.PI / 180;
        var lon = lonDeg * Math.PI / 180;
        SinHalfLat = Math.Sin(lat / 2);
        CosHalfLat = Math.Cos(lat / 2);
        SinHalfLon = Math.Sin(lon / 2);
        CosHalfLon = Math.Cos(lon / 2);
        CosLat = Math.Cos(lat);
    }

    public double SinHalfLat { get; }

    public double CosHalfLat { get; }

    public double SinHalfLon { get; }

    public double CosHalfLon { get; }

    public double CosLat { get; }
}
