using System.Net;
using System.Text.Json;
using ChainGraph.Server.Tests.Export;

namespace ChainGraph.Server.Tests.Map;

/// <summary>GET /api/map/sites.geojson and /api/map/targets.geojson on the mini fixture.</summary>
public sealed class GeoJsonTests : IAsyncLifetime
{
    private static readonly string[] SiteProperties =
        ["siteId", "siteName", "kind", "regionCode", "regionName", "companyId", "companyName", "companyNameEn", "tags", "segmentIds", "segmentNames", "categories"];

    private static readonly string[] TargetProperties =
        ["rank", "companyId", "companyName", "companyNameEn", "score", "anchorTies", "credentials", "proximity", "distanceKm", "inPipeline", "suppliesAnchors", "siteId", "siteName", "regionName"];

    private ServiceHost _host = null!;

    public ValueTask InitializeAsync()
    {
        _host = new ServiceHost();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> GetGeoJsonAsync(string url)
    {
        using var response = await _host.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>A FeatureCollection of Point features, [lon, lat] in range, every property present; returns the features.</summary>
    private static List<JsonElement> AssertPointCollection(JsonElement collection, string[] properties)
    {
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            Assert.Equal(2, coordinates.Length);
            var (lon, lat) = (coordinates[0], coordinates[1]);
            Assert.InRange(lon, -180, 180);
            Assert.InRange(lat, -90, 90);
            // every fixture site is in China: a swapped pair would fall outside
            Assert.InRange(lon, 73, 136);
            Assert.InRange(lat, 3, 54);
            var props = feature.GetProperty("properties");
            Assert.Equal(JsonValueKind.Object, props.ValueKind);
            foreach (var name in properties)
            {
                Assert.True(props.TryGetProperty(name, out _), $"property '{name}' in {props}");
            }
        }
        return features;
    }

    private static string[] SiteIds(IEnumerable<JsonElement> features) =>
        features.Select(f => f.GetProperty("properties").GetProperty("siteId").GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Every_site_is_a_point_feature_with_its_properties()
    {
        var features = AssertPointCollection(await GetGeoJsonAsync("/api/map/sites.geojson"), SiteProperties);
        Assert.Equal(15, features.Count);
        var site = features.Single(f => f.GetProperty("properties").GetProperty("siteId").GetString() == "fenghua-dz");
        Assert.Equal([112.4720, 23.0510], site.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray());
        var props = site.GetProperty("properties");
        Assert.Equal("风华高科总部", props.GetProperty("siteName").GetString());
        Assert.Equal("HQ", props.GetProperty("kind").GetString());
        Assert.Equal("441202", props.GetProperty("regionCode").GetString());
        Assert.Equal("端州区", props.GetProperty("regionName").GetString());
        Assert.Equal("fenghua", props.GetProperty("companyId").GetString());
        Assert.Equal(["es-bms"], props.GetProperty("segmentIds").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(["COMPONENTS"], props.GetProperty("categories").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Theory]
    [InlineData("region=441200", new[] { "catl-zq-1", "eve-zq", "fenghua-dz", "leoch-zq", "xpeng-zq", "zhenyu-zq", "zq-bms-1", "zq-salt-a-1", "zq-salt-b-1" })]
    [InlineData("region=441202", new[] { "fenghua-dz" })]
    [InlineData("region=441200-HTZ", new[] { "catl-zq-1", "leoch-zq", "xpeng-zq", "zhenyu-zq" })]
    [InlineData("region=440000", new[] { "brunp-fs", "catl-zq-1", "eve-zq", "fenghua-dz", "geesun-sz", "leoch-zq", "senior-a", "senior-b", "xpeng-zq", "zhenyu-zq", "zq-bms-1", "zq-salt-a-1", "zq-salt-b-1" })]
    [InlineData("segment=es-separator", new[] { "semcorp-wx", "senior-a", "senior-b" })]
    [InlineData("segment=es-cell", new[] { "catl-nd", "catl-zq-1", "eve-zq" })]
    [InlineData("region=441200&segment=es-cell", new[] { "catl-zq-1", "eve-zq" })]
    [InlineData("region=441200&segment=es-mat", new[] { "zq-salt-a-1", "zq-salt-b-1" })]
    [InlineData("region=350900&segment=es-separator", new string[0])]
    public async Task Region_and_segment_filters_include_what_is_below_them(string query, string[] expected)
    {
        var features = AssertPointCollection(await GetGeoJsonAsync("/api/map/sites.geojson?" + query), SiteProperties);
        Assert.Equal(expected, SiteIds(features));
    }

    [Fact]
    public async Task Targets_are_the_graphql_targets_at_their_nearest_sites_in_order()
    {
        var expected = await GraphQLTargets.LoadAsync(_host, "441200", "es-separator", 20);
        var features = AssertPointCollection(await GetGeoJsonAsync("/api/map/targets.geojson?region=441200&segment=es-separator"), TargetProperties);
        Assert.Equal(["senior", "semcorp"], expected.Select(t => t.CompanyId).ToArray());
        Assert.Equal(expected.Count, features.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var props = features[i].GetProperty("properties");
            Assert.Equal(i + 1, props.GetProperty("rank").GetInt32());
            Assert.Equal(expected[i].CompanyId, props.GetProperty("companyId").GetString());
            Assert.Equal(expected[i].Score, props.GetProperty("score").GetDouble(), 9);
            Assert.Equal(expected[i].AnchorTies, props.GetProperty("anchorTies").GetInt32());
            Assert.Equal(expected[i].Credentials, props.GetProperty("credentials").GetInt32());
            Assert.Equal(expected[i].DistanceKm, props.GetProperty("distanceKm").GetDouble(), 6);
            Assert.Equal(expected[i].InPipeline, props.GetProperty("inPipeline").GetBoolean());
            Assert.Equal(expected[i].NearestSiteId, props.GetProperty("siteId").GetString());
            var coordinates = features[i].GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(expected[i].Lon, coordinates[0].GetDouble());
            Assert.Equal(expected[i].Lat, coordinates[1].GetDouble());
        }
        var first = AssertPointCollection(await GetGeoJsonAsync("/api/map/targets.geojson?region=441200&segment=es-separator&first=1"), TargetProperties);
        Assert.Equal("senior", Assert.Single(first).GetProperty("properties").GetProperty("companyId").GetString());
    }

    [Theory]
    [InlineData("/api/map/sites.geojson?region=000000", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/api/map/sites.geojson?segment=nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/api/map/targets.geojson?region=000000&segment=es-separator", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/api/map/targets.geojson?region=441200&segment=nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/api/map/targets.geojson?region=441200", HttpStatusCode.BadRequest, "BAD_INPUT")]
    [InlineData("/api/map/targets.geojson?region=441200&segment=es-separator&first=101", HttpStatusCode.BadRequest, "BAD_INPUT")]
    public async Task Unknown_ids_are_not_found_and_bad_arguments_bad_input(string url, HttpStatusCode status, string code)
    {
        using var response = await _host.Client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
