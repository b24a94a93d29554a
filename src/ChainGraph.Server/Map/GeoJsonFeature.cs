namespace ChainGraph.Server.Map;

/// <summary>A GeoJSON Point feature (RFC 7946): coordinates are [longitude, latitude].</summary>
public sealed record GeoJsonFeature(IReadOnlyDictionary<string, object?> Properties, double Lon, double Lat)
{
    public object ToJson() => new Dictionary<string, object?>
    {
        ["type"] = "Feature",
        ["geometry"] = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = new[] { Lon, Lat } },
        ["properties"] = Properties,
    };

    public static object Collection(IEnumerable<GeoJsonFeature> features) => new Dictionary<string, object?>
    {
        ["type"] = "FeatureCollection",
        ["features"] = features.Select(f => f.ToJson()).ToList(),
    };
}
